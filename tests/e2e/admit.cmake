# End-to-end tests of `aegisrt admit`, label `e2e`: verdicts, exit statuses and printed
# evidence against values worked out by hand (see the top of admit_test.py).
find_package(Python3 REQUIRED COMPONENTS Interpreter)
foreach(case quickstart_admitted edge24_admitted can_fp_np_rejected can_fp_full_rejected
             can_opa_rejected can_edf_accepted taskset_two_lanes overhead assign_and_lanes
             bad_usage json_escaping help edge24_memory_plan memory_refused memory_outside host_stall)
  add_test(NAME e2e_admit_${case}
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/admit_test.py
            $<TARGET_FILE:aegisrt> ${PROJECT_SOURCE_DIR} ${case})
  set_tests_properties(e2e_admit_${case} PROPERTIES LABELS e2e TIMEOUT 300)
endforeach()
