# The desktop workbench (widgets/) under QT_QPA_PLATFORM=offscreen, on a run file made by a real short
# run of the test world (fixture gui_run: ${build}/gui-run/run.db, flags at real steps).
add_test(NAME build_gui_run
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/support/make_gui_run.sh $<TARGET_FILE:editscope-cli>
                 ${CMAKE_BINARY_DIR}/test-world ${CMAKE_BINARY_DIR}/gui-run)
set_tests_properties(build_gui_run PROPERTIES FIXTURES_SETUP gui_run FIXTURES_REQUIRED test_world LABELS "slow;gui" TIMEOUT 600)
set(EDITSCOPE_GUI_TEST_ENV "EDITSCOPE_GUI_DB=${CMAKE_BINARY_DIR}/gui-run/run.db;EDITSCOPE_TEST_WORLD=${CMAKE_BINARY_DIR}/test-world;EDITSCOPE_GUI_STATS=${CMAKE_BINARY_DIR}/gui-run/stats")
