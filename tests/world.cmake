# CounterFact / GLUE TSV I/O and the text side of the demo world (all torch-free).
es_add_test(test_counterfact SOURCES test_counterfact.cpp LIBS editscope_core_base LABELS unit)
es_add_test(test_demo_world_text SOURCES test_demo_world_text.cpp LIBS editscope_core_base LABELS unit)
