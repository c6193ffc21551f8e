# Causal tracing (core/probe/causal_trace.h): the model's tracing options and the reference's formulas
# on a tiny random model (unit), and the traces of the trained test world (slow).
es_add_test(test_trace_forward SOURCES test_trace_forward.cpp LIBS editscope_core LABELS unit)

es_add_test(test_causal_trace SOURCES test_causal_trace.cpp LIBS editscope_core LABELS "slow"
            ENV "EDITSCOPE_TEST_WORLD=${CMAKE_BINARY_DIR}/test-world")
set_tests_properties(test_causal_trace PROPERTIES FIXTURES_REQUIRED test_world)
