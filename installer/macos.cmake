# macOS: a DragNDrop disk image (cpack -G DragNDrop) holding Bellboard.app.
#
# UNTESTED: written to CMake's and Qt's documentation, never built here (the project is
# developed and tested on Debian 12 only). Expect to fix small things on the first macOS
# build. Needs Qt 6.4+ for macOS, QtKeychain, toml++ and http-parser built for it. The
# bundle is not signed or notarized; Gatekeeper asks the user to allow it once.
#
# From a terminal the command line works as usual:
#   /Applications/Bellboard.app/Contents/MacOS/bellboard send "hello"

set_target_properties(bellboard PROPERTIES
  MACOSX_BUNDLE ON
  OUTPUT_NAME bellboard
  MACOSX_BUNDLE_BUNDLE_NAME Bellboard
  MACOSX_BUNDLE_GUI_IDENTIFIER ${BELLBOARD_APP_ID}
  MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
  MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
  MACOSX_BUNDLE_ICON_FILE bellboard.icns)
target_sources(bellboard PRIVATE ${CMAKE_CURRENT_LIST_DIR}/icons/bellboard.icns)
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/icons/bellboard.icns PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

install(TARGETS bellboard BUNDLE DESTINATION .)
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME Bellboard)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${CMAKE_CURRENT_LIST_DIR}/icons/bellboard.icns)
