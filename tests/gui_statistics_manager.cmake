# The layer-statistics manager (widgets/statistics_manager.h, core/runner/statistics_catalog.h) on a copy
# of the gui_run fixture's statistics and the test world's model.
es_add_test(test_statistics_manager SOURCES test_statistics_manager.cpp LIBS editscope_widgets LABELS gui
            ENV "${EDITSCOPE_GUI_TEST_ENV}")
set_tests_properties(test_statistics_manager PROPERTIES FIXTURES_REQUIRED gui_run)
