# ROME/MEMIT hyperparameter files: loading, round trip, validation against GPT-2 configs.
# core/editing/hparams.cpp is torch-free but lives in editscope_core (it uses core/eval's fact_token
# parser), so the test links editscope_core.
es_add_test(test_hparams SOURCES test_hparams.cpp LIBS editscope_core LABELS unit)
# A layer picked in the causal trace, written into a copy of the run's hparams.
es_add_test(test_hparams_layers SOURCES test_hparams_layers.cpp LIBS editscope_core LABELS unit)
