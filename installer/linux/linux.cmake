# Linux: the binary, desktop integration (freedesktop.org), a man page, and the .deb.

install(TARGETS bellboard RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(_linux ${CMAKE_CURRENT_LIST_DIR})
install(FILES ${_linux}/${BELLBOARD_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

# The release in the metainfo carries the project's version.
configure_file(${_linux}/${BELLBOARD_APP_ID}.metainfo.xml
               ${CMAKE_CURRENT_BINARY_DIR}/${BELLBOARD_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${BELLBOARD_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Icons in the hicolor theme, named after the application id (AppStream's rule).
install(FILES ${PROJECT_SOURCE_DIR}/resources/ui/bellboard.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${BELLBOARD_APP_ID}.svg)
foreach(size 16 22 24 32 48 64 128 256 512)
  install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/icons/bellboard-${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${BELLBOARD_APP_ID}.png)
endforeach()

# The sounds, the default config and the translations are compiled into the binary (Qt
# resources), so one file runs anywhere; the package adds only what Debian asks for
# beside it: the licences of what is bundled, and the copyright file.
install(FILES ${_linux}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/bellboard)
install(FILES ${PROJECT_SOURCE_DIR}/resources/sounds/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/bellboard RENAME LICENSE.sounds)
install(FILES ${PROJECT_SOURCE_DIR}/resources/emoji/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/bellboard RENAME LICENSE.emoji)
install(FILES ${PROJECT_SOURCE_DIR}/resources/bellboard.toml DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/bellboard RENAME bellboard.toml.example)

# bellboard.1, made from the built binary's --help (and each subcommand's) by help2man.
find_program(HELP2MAN help2man)
find_program(GZIP gzip)
if(HELP2MAN AND GZIP)
  set(_man ${CMAKE_CURRENT_BINARY_DIR}/bellboard.1.gz)
  add_custom_command(OUTPUT ${_man}
    COMMAND ${CMAKE_COMMAND} -DBELLBOARD=$<TARGET_FILE:bellboard> -DHELP2MAN=${HELP2MAN} -DGZIP=${GZIP}
            -DSTATIC_SECTIONS=${_linux}/bellboard.h2m -DOUTPUT=${_man} -P ${_linux}/make-manpage.cmake
    DEPENDS bellboard ${_linux}/make-manpage.cmake ${_linux}/bellboard.h2m
    COMMENT "Writing the man page from bellboard --help"
    VERBATIM)
  add_custom_target(bellboard_manpage ALL DEPENDS ${_man})
  install(FILES ${_man} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(STATUS "help2man or gzip not found: no man page (Debian: apt-get install help2man)")
endif()

# The .deb. dpkg-shlibdeps finds the libraries the binary links; plugins Qt loads at run
# time are named by hand (the SQLite driver is the store; the SVG plugins draw the icon).
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# Qt's own strings (OK, Cancel, --help's "Usage:") in German and Japanese; Wayland without
# XWayland; a Secret Service for `bellboard secret` (or set BELLBOARD_SECRET_<NAME>); libpq,
# which Bellboard loads only for a PostgreSQL store ([store] url).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland, gnome-keyring | kwalletmanager, libpq5")
