es_add_test(test_python_random SOURCES test_python_random.cpp LIBS editscope_core_base LABELS unit)
es_add_test(test_layer_stats SOURCES test_layer_stats.cpp LIBS editscope_core LABELS "slow"
            ENV "EDITSCOPE_TEST_WORLD=${CMAKE_BINARY_DIR}/test-world")
set_tests_properties(test_layer_stats PROPERTIES FIXTURES_REQUIRED test_world)
es_add_test(test_context_templates SOURCES test_context_templates.cpp LIBS editscope_core LABELS "slow"
            ENV "EDITSCOPE_TEST_WORLD=${CMAKE_BINARY_DIR}/test-world")
set_tests_properties(test_context_templates PROPERTIES FIXTURES_REQUIRED test_world)
