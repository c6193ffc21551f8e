# The dashboard plots and figure export (widgets/dashboard*.h, *_plot*.h) on the gui_run fixture.
es_add_test(test_dashboard_plots SOURCES test_dashboard_plots.cpp LIBS editscope_widgets LABELS gui
            ENV "${EDITSCOPE_GUI_TEST_ENV}" QT_KEYWORDS)
set_tests_properties(test_dashboard_plots PROPERTIES FIXTURES_REQUIRED gui_run)
