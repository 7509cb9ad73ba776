# End-to-end tests of hostile input and failures (issue 19), label `e2e`: outputs on a
# full disk, broken decision logs, control characters, byte order marks, signals and
# the README's tour (see the top of hostile_test.py). 77: skipped (said why).
find_package(Python3 REQUIRED COMPONENTS Interpreter)
foreach(case outputs_full closed_pipe bom readme_tour sigint sigterm log_time log_segments log_status
             log_kind log_policy log_fields log_counts control_chars long_drain)
  add_test(NAME e2e_hostile_${case}
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/hostile_test.py
            $<TARGET_FILE:aegisrt> ${PROJECT_SOURCE_DIR} ${case})
  set_tests_properties(e2e_hostile_${case} PROPERTIES LABELS e2e TIMEOUT 300
                       SKIP_RETURN_CODE 77)
endforeach()
