# Paper presets (widgets/paper_figures.h): the figure set of arXiv 2401.07453 as PNG/PDF/SVG and
# pgfplots, on the gui_run fixture; compiles figures.tex with pdflatex where TeX Live is installed.
es_add_test(test_paper_figures SOURCES test_paper_figures.cpp LIBS editscope_widgets LABELS gui
            ENV "${EDITSCOPE_GUI_TEST_ENV}")
set_tests_properties(test_paper_figures PROPERTIES FIXTURES_REQUIRED gui_run)
