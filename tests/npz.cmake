# NumPy .npy/.npz reader and writer (layer statistics files).
es_add_test(test_npz SOURCES test_npz.cpp LIBS editscope_core_base LABELS unit)

# The parser fuzz test: compiled from the torch-free sources it needs, with AddressSanitizer, and
# without linking the (uninstrumented) libraries. detect_leaks=0: Qt keeps allocations until exit.
if(EDITSCOPE_ASAN_FUZZ)
  es_add_test(test_npz_fuzz
    SOURCES test_npz_fuzz.cpp
            ${PROJECT_SOURCE_DIR}/core/formats/npy.cpp
            ${PROJECT_SOURCE_DIR}/core/formats/npz.cpp
            ${PROJECT_SOURCE_DIR}/core/formats/file_io.cpp
            ${PROJECT_SOURCE_DIR}/core/util/error.cpp
            ${PROJECT_SOURCE_DIR}/core/util/openblas_core.cpp
    LIBS nlohmann_json::nlohmann_json ${CMAKE_DL_LIBS}
    LABELS unit
    ENV "ASAN_OPTIONS=detect_leaks=0")
  target_include_directories(test_npz_fuzz PRIVATE ${PROJECT_SOURCE_DIR})
  target_compile_options(test_npz_fuzz PRIVATE -fsanitize=address -fno-omit-frame-pointer)
  target_link_options(test_npz_fuzz PRIVATE -fsanitize=address)
endif()
