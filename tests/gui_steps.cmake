# The steps table, the edit inspector and the disabling-edits view (widgets/steps_*, edit_inspector,
# disabling_view) on the gui_run fixture. No QT_KEYWORDS: the test reads the charts through their own
# accessors and never includes qcustomplot.h.
es_add_test(test_steps_inspector SOURCES test_steps_inspector.cpp LIBS editscope_widgets LABELS gui ENV "${EDITSCOPE_GUI_TEST_ENV}")
set_tests_properties(test_steps_inspector PROPERTIES FIXTURES_REQUIRED gui_run)
