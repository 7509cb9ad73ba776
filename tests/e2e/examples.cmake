# The README's C examples (examples/c/) build and do what the README says they do.
add_test(NAME e2e_example_library COMMAND example_library)
set_tests_properties(e2e_example_library PROPERTIES LABELS e2e TIMEOUT 60
  PASS_REGULAR_EXPRESSION "^det: 30[01] jobs completed, 0 missed")
# Four threads, 50 jobs each, spaced above the minimum inter-arrival time: every one
# is accepted and completes.
add_test(NAME e2e_example_threads COMMAND example_threads)
set_tests_properties(e2e_example_threads PROPERTIES LABELS "e2e;threads" TIMEOUT 60
  PASS_REGULAR_EXPRESSION "^200 completed, 0 rejected, 0 other; longest hand-off")
