# The Templates panel (issue 5): library, editor with highlighting and completion, live preview.
target_sources(alertdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TemplatesPanel.h ${CMAKE_CURRENT_LIST_DIR}/TemplatesPanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TemplateLibraryDocument.h ${CMAKE_CURRENT_LIST_DIR}/TemplateLibraryDocument.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TemplateEditor.h ${CMAKE_CURRENT_LIST_DIR}/TemplateEditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MustacheHighlighter.h ${CMAKE_CURRENT_LIST_DIR}/MustacheHighlighter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TemplatePreview.h ${CMAKE_CURRENT_LIST_DIR}/TemplatePreview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PreviewRenderer.h ${CMAKE_CURRENT_LIST_DIR}/PreviewRenderer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PreviewAlertSource.h ${CMAKE_CURRENT_LIST_DIR}/PreviewAlertSource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImPreviewHtml.h ${CMAKE_CURRENT_LIST_DIR}/ImPreviewHtml.cpp
)
