# Fails when the engine's archive references a Qt Widgets symbol (a header slipped in through a dependency).
execute_process(COMMAND nm -C --undefined-only "${LIBRARY}" OUTPUT_VARIABLE _undefined ERROR_QUIET)
string(REGEX MATCH "Q(Widget|Application|MainWindow|Dialog|AbstractButton)::[A-Za-z]+" _hit "${_undefined}")
if(_hit)
    message(FATAL_ERROR "alertdesk_core references Qt Widgets (${_hit}); app/ must not use Widgets")
endif()
