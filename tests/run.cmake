# The sequential run loop (core/runner) on the test world.
es_add_test(test_sequential_run SOURCES test_sequential_run.cpp LIBS editscope_core LABELS "slow"
            ENV "EDITSCOPE_TEST_WORLD=${CMAKE_BINARY_DIR}/test-world")
set_tests_properties(test_sequential_run PROPERTIES FIXTURES_REQUIRED test_world)

es_add_test(test_cli_run SOURCES test_cli_run.cpp LIBS editscope_core editscope_storage LABELS "slow"
            ENV "EDITSCOPE_TEST_WORLD=${CMAKE_BINARY_DIR}/test-world")
set_tests_properties(test_cli_run PROPERTIES FIXTURES_REQUIRED test_world)

es_add_test(test_run_planning SOURCES test_run_planning.cpp LIBS editscope_core_base LABELS unit)
es_add_test(test_series_smoothing SOURCES test_series_smoothing.cpp LIBS editscope_core_base LABELS unit)
