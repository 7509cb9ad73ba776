# Shutdown with requests in flight under valgrind (issue 7): every request ends once
# (test_sched's test_every_request_ends_once asserts it) and no byte leaks; the CLI's
# run of the fault drill, stopped with jobs queued, leaks nothing either. Label
# `valgrind`; skipped (77) where valgrind is missing (make test installs it).
find_program(AEGIS_VALGRIND valgrind)
set(AEGIS_VG_ARGS --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all
    --error-exitcode=3 --quiet)
if(AEGIS_VALGRIND)
  add_test(NAME valgrind_shutdown_requests
    COMMAND ${AEGIS_VALGRIND} ${AEGIS_VG_ARGS} $<TARGET_FILE:test_sched>)
  add_test(NAME valgrind_cli_fault_drill
    COMMAND ${AEGIS_VALGRIND} ${AEGIS_VG_ARGS} $<TARGET_FILE:aegisrt> run
            ${PROJECT_SOURCE_DIR}/examples/fault-drill.yaml --duration 1s)
  set_tests_properties(valgrind_shutdown_requests valgrind_cli_fault_drill PROPERTIES
                       LABELS "valgrind" TIMEOUT 600)
else()
  add_test(NAME valgrind_shutdown_requests COMMAND sh -c "echo valgrind not installed; exit 77")
  set_tests_properties(valgrind_shutdown_requests PROPERTIES LABELS "valgrind"
                       SKIP_RETURN_CODE 77)
endif()
