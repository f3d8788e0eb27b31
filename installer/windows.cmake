# Windows: an NSIS installer (cpack -G NSIS), with the Qt DLLs and plugins that
# windeployqt picks, a Start menu entry and an uninstaller.
#
# UNTESTED: written to CMake's and Qt's documentation, never built here (the project is
# developed and tested on Debian 12 only). Expect to fix small things on the first
# Windows build. Needs Qt 6.4+ for Windows, QtKeychain, toml++ and http-parser built for it.
#
# The binary stays a console program, because `bellboard send`, `run` and `search` write
# to the terminal; the window still opens normally from the Start menu.

install(TARGETS bellboard RUNTIME DESTINATION bin)

set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_PACKAGE_NAME Bellboard)
set(CPACK_NSIS_DISPLAY_NAME Bellboard)
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/icons/bellboard.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_LIST_DIR}/icons/bellboard.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\bellboard.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)             # offers to put bellboard.exe on PATH for scripts
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN bellboard.exe)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY Bellboard)
