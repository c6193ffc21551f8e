# Undo/redo of view changes and the named dashboard layouts (no run file needed).
es_add_test(test_view_history SOURCES test_view_history.cpp LIBS editscope_widgets LABELS gui)
