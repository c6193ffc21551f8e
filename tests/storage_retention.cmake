# RunStore::retentionMatrix (storage/run_store_retention.cpp) on run files written by the test.
es_add_test(test_retention_matrix SOURCES test_retention_matrix.cpp LIBS editscope_storage LABELS unit)
