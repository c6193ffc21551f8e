# The test-size demo world, built once per test run by the CLI itself (a CTest fixture) and then used
# by every test that needs a real trained model: the threshold check, the CLI tests, scoring.
set(EDITSCOPE_TEST_WORLD ${CMAKE_BINARY_DIR}/test-world)
add_test(NAME build_test_world
         COMMAND editscope-cli demo-world --size test --seed 7 --out ${EDITSCOPE_TEST_WORLD} --quiet)
set_tests_properties(build_test_world PROPERTIES FIXTURES_SETUP test_world LABELS "slow" TIMEOUT 900)

foreach(t test_demo_world test_cli test_cli_edit test_target_scoring)
  es_add_test(${t} SOURCES ${t}.cpp LIBS editscope_core LABELS "slow" ENV "EDITSCOPE_TEST_WORLD=${EDITSCOPE_TEST_WORLD}")
  set_tests_properties(${t} PROPERTIES FIXTURES_REQUIRED test_world)
endforeach()

# The default demo world (what `editscope` opens), built once per test run: ~10 minutes of training on
# 2 cores, so only the tests that need a model that stores its facts in an MLP layer use it.
set(EDITSCOPE_DEMO_WORLD ${CMAKE_BINARY_DIR}/demo-world)
add_test(NAME build_demo_world
         COMMAND editscope-cli demo-world --seed 1 --out ${EDITSCOPE_DEMO_WORLD} --quiet)
set_tests_properties(build_demo_world PROPERTIES FIXTURES_SETUP demo_world LABELS "slow;demo" TIMEOUT 1800)

es_add_test(test_edit_behaviour SOURCES test_edit_behaviour.cpp LIBS editscope_core LABELS "slow;demo"
            ENV "EDITSCOPE_DEMO_WORLD=${EDITSCOPE_DEMO_WORLD}")
set_tests_properties(test_edit_behaviour PROPERTIES FIXTURES_REQUIRED demo_world)
