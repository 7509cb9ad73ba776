# End-to-end tests of the decision log and `aegisrt replay`, label `e2e`: replay agrees
# with runs under fp, edf and fifo, catches edited logs at the right line, and the log
# is JSON Lines with its schema header (see the top of replay_test.py).
find_package(Python3 REQUIRED COMPONENTS Interpreter)
foreach(case agree_fp agree_edf agree_fifo agree_points swap_caught preempt_forged
             jsonl_schema trace_and_log)
  add_test(NAME e2e_replay_${case}
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/replay_test.py
            $<TARGET_FILE:aegisrt> ${PROJECT_SOURCE_DIR} ${case})
  set_tests_properties(e2e_replay_${case} PROPERTIES LABELS e2e TIMEOUT 300)
endforeach()
