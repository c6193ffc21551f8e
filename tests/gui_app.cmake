# The run worker and the main window (the lead's part of the workbench).
es_add_test(test_run_worker SOURCES test_run_worker.cpp LIBS editscope_session LABELS "gui;slow" ENV "${EDITSCOPE_GUI_TEST_ENV}")
set_tests_properties(test_run_worker PROPERTIES FIXTURES_REQUIRED gui_run)
