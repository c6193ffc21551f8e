# Comparing runs (widgets/run_set.h, run_tree_view.h, the plots' overlays; a real branch made with
# editscope-cli) and the dashboard's layout state and annotations, on the gui_run fixture.
es_add_test(test_run_compare SOURCES test_run_compare.cpp LIBS editscope_widgets LABELS gui
            ENV "${EDITSCOPE_GUI_TEST_ENV}" QT_KEYWORDS)
add_dependencies(test_run_compare editscope-cli)
set_tests_properties(test_run_compare PROPERTIES FIXTURES_REQUIRED gui_run)
es_add_test(test_dashboard_layout SOURCES test_dashboard_layout.cpp LIBS editscope_widgets LABELS gui
            ENV "${EDITSCOPE_GUI_TEST_ENV}" QT_KEYWORDS)
set_tests_properties(test_dashboard_layout PROPERTIES FIXTURES_REQUIRED gui_run)
