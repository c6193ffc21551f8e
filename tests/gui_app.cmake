# The run worker and the main window (the lead's part of the workbench).
es_add_test(test_run_worker SOURCES test_run_worker.cpp LIBS editscope_session LABELS "gui;slow" ENV "${EDITSCOPE_GUI_TEST_ENV}")
set_tests_properties(test_run_worker PROPERTIES FIXTURES_REQUIRED gui_run)

es_add_test(test_main_window SOURCES test_main_window.cpp LIBS editscope_widgets SQLite::SQLite3 LABELS "gui;slow"
            ENV "${EDITSCOPE_GUI_TEST_ENV}")
target_compile_definitions(test_main_window PRIVATE EDITSCOPE_APP="$<TARGET_FILE:editscope>")
add_dependencies(test_main_window editscope)
set_tests_properties(test_main_window PROPERTIES FIXTURES_REQUIRED gui_run)

# Layering (core/storage never see Qt; widgets/app never see sqlite3 or libtorch), checked on the sources.
add_test(NAME test_layering COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -P ${CMAKE_CURRENT_SOURCE_DIR}/support/check_layering.cmake)
set_tests_properties(test_layering PROPERTIES LABELS unit)

# The analysis wiring of the main window (undo/redo, layouts, notes, trace → new run, docks).
es_add_test(test_workbench_analysis SOURCES test_workbench_analysis.cpp LIBS editscope_widgets LABELS gui
            ENV "${EDITSCOPE_GUI_TEST_ENV}")
set_tests_properties(test_workbench_analysis PROPERTIES FIXTURES_REQUIRED gui_run)
