# The "Try a prompt" pane and the logit-lens view (widgets/prompt_pane, widgets/logit_lens_view) on the
# gui_run fixture, checked against probePrompt / logitLens called directly. No QT_KEYWORDS: the test
# reads the heatmaps through HeatmapFigure's accessors and never includes qcustomplot.h.
es_add_test(test_probe_panes SOURCES test_probe_panes.cpp LIBS editscope_widgets LABELS gui ENV "${EDITSCOPE_GUI_TEST_ENV}")
set_tests_properties(test_probe_panes PROPERTIES FIXTURES_REQUIRED gui_run)
