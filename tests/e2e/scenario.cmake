# End-to-end tests of bench_scenario on the simulated device, label `e2e` (see the top
# of scenario_test.py): the aegis-plan set-up with and without WCET curves.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
foreach(case no_curves plan plan_busy plan_burst bad_profile)
  add_test(NAME e2e_scenario_${case}
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/scenario_test.py
            $<TARGET_FILE:bench_scenario> $<TARGET_FILE:aegisrt> ${PROJECT_SOURCE_DIR} ${case})
  set_tests_properties(e2e_scenario_${case} PROPERTIES LABELS e2e TIMEOUT 300)
endforeach()
