# The test-size demo world, built once per test run by the CLI itself (a CTest fixture) and then used
# by every test that needs a real trained model: the threshold check, the CLI tests, scoring.
set(EDITSCOPE_TEST_WORLD ${CMAKE_BINARY_DIR}/test-world)
add_test(NAME build_test_world
         COMMAND editscope-cli demo-world --size test --seed 7 --out ${EDITSCOPE_TEST_WORLD} --quiet)
set_tests_properties(build_test_world PROPERTIES FIXTURES_SETUP test_world LABELS "slow" TIMEOUT 900)

foreach(t test_demo_world test_cli test_target_scoring)
  es_add_test(${t} SOURCES ${t}.cpp LIBS editscope_core LABELS "slow" ENV "EDITSCOPE_TEST_WORLD=${EDITSCOPE_TEST_WORLD}")
  set_tests_properties(${t} PROPERTIES FIXTURES_REQUIRED test_world)
endforeach()
