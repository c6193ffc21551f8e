es_add_test(test_gpt2_model SOURCES test_gpt2_model.cpp LIBS editscope_core LABELS unit)
