# End-to-end tests of the progress line of `aegisrt run`, label `e2e`: nothing on a
# piped stderr; on a pseudo-terminal, progress lines, cleared, and the same report.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
foreach(case piped terminal)
  add_test(NAME e2e_progress_${case}
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/progress_test.py
            $<TARGET_FILE:aegisrt> ${PROJECT_SOURCE_DIR} ${case})
  set_tests_properties(e2e_progress_${case} PROPERTIES LABELS e2e TIMEOUT 300
                       SKIP_RETURN_CODE 77)
endforeach()
