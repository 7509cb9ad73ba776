# End-to-end tests of `aegisrt plan`, label `e2e` (see the top of plan_test.py).
find_package(Python3 REQUIRED COMPONENTS Interpreter)
foreach(case unequal lanes_auto edf deterministic left_out points keys_kept bad_inputs stall_curve objective output_errors)
  add_test(NAME e2e_plan_${case}
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/plan_test.py
            $<TARGET_FILE:aegisrt> ${PROJECT_SOURCE_DIR} ${case})
  set_tests_properties(e2e_plan_${case} PROPERTIES LABELS e2e TIMEOUT 300)
endforeach()
