# core/probe (the model at any step, prompt probe, logit lens) and the probe / lens CLI commands, on a
# short ROME run of the test world made by the CLI.
es_add_test(test_step_probe SOURCES test_step_probe.cpp LIBS editscope_core editscope_storage LABELS "slow"
            ENV "EDITSCOPE_TEST_WORLD=${CMAKE_BINARY_DIR}/test-world")
set_tests_properties(test_step_probe PROPERTIES FIXTURES_REQUIRED test_world)
