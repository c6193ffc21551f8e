# NumPy .npy/.npz reader and writer (layer statistics files).
es_add_test(test_npz SOURCES test_npz.cpp LIBS editscope_core_base LABELS unit)
es_add_asan_fuzz_test(test_npz_fuzz SOURCES test_npz_fuzz.cpp core/formats/npy.cpp core/formats/npz.cpp core/formats/file_io.cpp)
