# Desktop integration: preferences written into bellboard.toml, start at login, one window per
# data folder, the tray's unread badge, translations in the real window.
set(_desktop_tests ${CMAKE_CURRENT_LIST_DIR}/desktop)
bb_add_test(tst_configvalues SOURCES ${_desktop_tests}/tst_configvalues.cpp LIBS bellboard_app)
bb_add_test(tst_preferences SOURCES ${_desktop_tests}/tst_preferences.cpp LIBS bellboard_app)
bb_add_test(tst_autostart SOURCES ${_desktop_tests}/tst_autostart.cpp LIBS bellboard_app)
bb_add_test(tst_singleinstance SOURCES ${_desktop_tests}/tst_singleinstance.cpp LIBS bb_test_instance bellboard_store)
bb_add_test(tst_trayicon SOURCES ${_desktop_tests}/tst_trayicon.cpp LIBS bellboard_ui)

# The real MainWindow under a German and a Japanese locale, as a user's session would set it.
bb_add_test(tst_translations SOURCES ${_desktop_tests}/tst_translations.cpp
            ${CMAKE_CURRENT_LIST_DIR}/store/storetesthelpers.h LIBS bellboard_app)
set_tests_properties(tst_translations PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=de_DE.UTF-8;LANGUAGE=;LC_ALL=")
add_test(NAME tst_translations_ja COMMAND tst_translations)
set_tests_properties(tst_translations_ja PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=ja_JP.UTF-8;LANGUAGE=;LC_ALL=")
target_compile_definitions(tst_translations PRIVATE BELLBOARD_TRANSLATIONS_DIR="${PROJECT_SOURCE_DIR}/translations")
