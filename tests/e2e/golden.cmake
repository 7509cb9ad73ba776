# Golden runs (label e2e): the CLI reproduces recorded tables, Chrome traces and
# decision logs byte for byte (tests/data/golden/README.md).
find_package(Python3 REQUIRED COMPONENTS Interpreter)
foreach(case edge24-fp edge24-edf fault-drill)
  add_test(NAME e2e_golden_${case}
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/golden_test.py
            $<TARGET_FILE:aegisrt> ${PROJECT_SOURCE_DIR} ${case})
  set_tests_properties(e2e_golden_${case} PROPERTIES LABELS e2e TIMEOUT 300)
endforeach()
