# Checkpoint layer: safetensors reader/writer, its libtorch adapter, device parsing, HF GPT-2 folders.
es_add_test(test_safetensors SOURCES test_safetensors.cpp LIBS editscope_core LABELS unit)
es_add_test(test_hf_folder SOURCES test_hf_folder.cpp LIBS editscope_core LABELS unit)

# The parser fuzz test: compiled from the torch-free sources it needs, with AddressSanitizer, and
# without linking the (uninstrumented) libraries. detect_leaks=0: Qt keeps allocations until exit.
if(EDITSCOPE_ASAN_FUZZ)
  es_add_test(test_safetensors_fuzz
    SOURCES test_safetensors_fuzz.cpp
            ${PROJECT_SOURCE_DIR}/core/formats/safetensors.cpp
            ${PROJECT_SOURCE_DIR}/core/formats/file_io.cpp
            ${PROJECT_SOURCE_DIR}/core/util/error.cpp
            ${PROJECT_SOURCE_DIR}/core/util/openblas_core.cpp
    LIBS nlohmann_json::nlohmann_json ${CMAKE_DL_LIBS}
    LABELS unit
    ENV "ASAN_OPTIONS=detect_leaks=0")
  target_include_directories(test_safetensors_fuzz PRIVATE ${PROJECT_SOURCE_DIR})
  target_compile_options(test_safetensors_fuzz PRIVATE -fsanitize=address -fno-omit-frame-pointer)
  target_link_options(test_safetensors_fuzz PRIVATE -fsanitize=address)
endif()
