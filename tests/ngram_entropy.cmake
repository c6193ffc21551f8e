# CounterFact generation entropy (GE) and its NLTK word_tokenize port (core/eval, torch-free code).
es_add_test(test_ngram_entropy SOURCES test_ngram_entropy.cpp LIBS editscope_core LABELS unit)
