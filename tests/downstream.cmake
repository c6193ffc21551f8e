# The paper's downstream (GLUE) evaluation: metrics, balanced subsets, prompts and the task loader
# without a model; then the real thing on the test-size demo world (fixture from demo_world.cmake).
es_add_test(test_downstream SOURCES test_downstream.cpp LIBS editscope_core LABELS unit)
es_add_test(test_downstream_world SOURCES test_downstream_world.cpp LIBS editscope_core LABELS "slow"
            ENV "EDITSCOPE_TEST_WORLD=${CMAKE_BINARY_DIR}/test-world")
set_tests_properties(test_downstream_world PROPERTIES FIXTURES_REQUIRED test_world)
