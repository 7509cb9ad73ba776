# End-to-end tests of `aegisrt report`, label `e2e`: the HTML page of a decision log
# (structure, numbers against `aegisrt run` and the log, caps, bad input) and its
# rendering by headless Chromium, which skips (77) where chromium is not installed
# (see the top of report_test.py).
find_package(Python3 REQUIRED COMPONENTS Interpreter)
foreach(case edge24 overload window bad_input render)
  add_test(NAME e2e_report_${case}
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/report_test.py
            $<TARGET_FILE:aegisrt> ${PROJECT_SOURCE_DIR} ${case})
  set_tests_properties(e2e_report_${case} PROPERTIES LABELS e2e TIMEOUT 300
                       SKIP_RETURN_CODE 77)
endforeach()
