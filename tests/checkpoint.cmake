# Checkpoint layer: safetensors reader/writer, its libtorch adapter, device parsing, HF GPT-2 folders.
es_add_test(test_safetensors SOURCES test_safetensors.cpp LIBS editscope_core LABELS unit)
es_add_test(test_hf_folder SOURCES test_hf_folder.cpp LIBS editscope_core LABELS unit)

es_add_asan_fuzz_test(test_safetensors_fuzz SOURCES test_safetensors_fuzz.cpp core/formats/safetensors.cpp core/formats/file_io.cpp)
