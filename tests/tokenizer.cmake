# GPT-2 tokenizer, BPE trainer, NFKD.
es_add_test(test_tokenizer SOURCES test_tokenizer.cpp LIBS editscope_core_base LABELS unit)
# Compares with the npm oracle (tests/oracle, installed by scripts/setup.sh); needs `node` on PATH.
es_add_test(test_tokenizer_oracle SOURCES test_tokenizer_oracle.cpp LIBS editscope_core_base LABELS oracle)
