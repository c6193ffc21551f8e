# The causal-tracing pane (widgets/causal_trace_view.h) on the gui_run fixture, and its reusable heatmap
# figure (widgets/heatmap_figure.h) on hand-made data. QT_KEYWORDS: both tests include qcustomplot.h
# (to click into the plot) and never see a libtorch header.
es_add_test(test_heatmap_figure SOURCES test_heatmap_figure.cpp LIBS editscope_widgets LABELS gui QT_KEYWORDS)

es_add_test(test_causal_trace_view SOURCES test_causal_trace_view.cpp LIBS editscope_widgets LABELS gui
            ENV "${EDITSCOPE_GUI_TEST_ENV}" QT_KEYWORDS)
set_tests_properties(test_causal_trace_view PROPERTIES FIXTURES_REQUIRED gui_run)
