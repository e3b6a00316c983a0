# Acknowledgements and silences (issue 4, app/store/AckStore and friends): against a real SQLite file.
foreach(_name tst_acknowledgement tst_silence tst_ack_router)
    alertdesk_add_test(${_name} SOURCES unit/${_name}.cpp unit/tst_ack_support.h LABELS unit TIMEOUT 120)
endforeach()
