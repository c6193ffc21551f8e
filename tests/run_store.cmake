es_add_test(test_run_store SOURCES test_run_store.cpp LIBS editscope_storage LABELS unit)
