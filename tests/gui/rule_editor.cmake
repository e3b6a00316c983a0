# The rule editor (issue 4) driven through its real widgets offscreen: pattern errors marked where they are,
# the live test's count against an independent count, why-not, undo/redo, saving, and a rule from an alert.
# ALERTDESK_SHOTS_DIR set: also saves screenshots of the panel in English and Chinese there.
alertdesk_add_test(tst_ruleeditor SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ruleeditor.cpp ${CMAKE_CURRENT_LIST_DIR}/GuiDesk.h
                   GUI LABELS gui TIMEOUT 180)
add_dependencies(tst_ruleeditor alertdesk_lrelease)
target_compile_definitions(tst_ruleeditor PRIVATE ALERTDESK_QM_DIR="${ALERTDESK_QM_DIR}")
# The pattern editor's JSON colouring and the rule form's policy defaults and tooltips, on their own.
alertdesk_add_test(tst_ruleeditor_parts SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ruleeditor_parts.cpp GUI LABELS gui)
