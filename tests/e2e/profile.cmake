# End-to-end tests of `aegisrt profile` and of --wcet-profile in admit and run, label
# `e2e` (see the top of profile_test.py).
find_package(Python3 REQUIRED COMPONENTS Interpreter)
foreach(case quickstart partial_and_overhead stdout_and_seed bad_usage lane_sizes lane_sizes_sim
         neighbour_sim shared_sim)
  add_test(NAME e2e_profile_${case}
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/profile_test.py
            $<TARGET_FILE:aegisrt> ${PROJECT_SOURCE_DIR} ${case})
  set_tests_properties(e2e_profile_${case} PROPERTIES LABELS e2e TIMEOUT 300)
endforeach()
