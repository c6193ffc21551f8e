es_add_test(test_rome SOURCES test_rome.cpp LIBS editscope_core LABELS "slow"
            ENV "EDITSCOPE_TEST_WORLD=${CMAKE_BINARY_DIR}/test-world")
set_tests_properties(test_rome PROPERTIES FIXTURES_REQUIRED test_world)

es_add_test(test_counterfact_metrics SOURCES test_counterfact_metrics.cpp LIBS editscope_core LABELS unit)

es_add_test(test_memit SOURCES test_memit.cpp LIBS editscope_core LABELS "slow"
            ENV "EDITSCOPE_TEST_WORLD=${CMAKE_BINARY_DIR}/test-world")
set_tests_properties(test_memit PROPERTIES FIXTURES_REQUIRED test_world)
