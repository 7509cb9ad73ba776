# End-to-end tests: the aegisrt CLI run as a user would, label `e2e`.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
foreach(case quickstart_table edge24_json policy_override trace_valid_and_deterministic
             bad_input help admission_refuses_overload fault_drill)
  add_test(NAME e2e_${case}
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/cli_test.py
            $<TARGET_FILE:aegisrt> ${PROJECT_SOURCE_DIR} ${case})
  set_tests_properties(e2e_${case} PROPERTIES LABELS e2e TIMEOUT 300)
endforeach()
