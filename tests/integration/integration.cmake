# Integration tests: whole programs and artefacts, as a user gets them.

# package_deb: the .deb builds from this tree, declares what it needs at run time, carries the executables, the
# launcher, the AppStream metadata and the icons, and its alertdesk-cli runs from an unpacked scratch root
# (integration/package_deb.sh; it also validates the .desktop and metainfo files with desktop-file-validate and
# appstreamcli, which installer/debian-packages.txt lists).
add_test(NAME package_deb
    COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/package_deb.sh ${CMAKE_BINARY_DIR} ${CMAKE_CURRENT_BINARY_DIR}/package_deb
            ${CMAKE_CPACK_COMMAND} ${PROJECT_VERSION})
set_tests_properties(package_deb PROPERTIES
    TIMEOUT 300
    LABELS "integration;package"
    ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8")
