# The README's C examples (examples/c/) build and do what the README says they do.
add_test(NAME e2e_example_library COMMAND example_library)
set_tests_properties(e2e_example_library PROPERTIES LABELS e2e TIMEOUT 60
  PASS_REGULAR_EXPRESSION "^det: 30[01] jobs completed, 0 missed")
# Four threads, 50 jobs each, spaced above the minimum inter-arrival time: every one
# is accepted and completes.
add_test(NAME e2e_example_threads COMMAND example_threads)
set_tests_properties(e2e_example_threads PROPERTIES LABELS "e2e;threads" TIMEOUT 60
  PASS_REGULAR_EXPRESSION "^200 completed, 0 rejected, 0 other; longest hand-off")
# Three cameras with data for 1 s on the real-clock simulated device: one line per
# camera, each with answers and no failed frame (CMake's regular expressions have no
# {n}: the columns frames, dropped, refused, answered, failed are spelt out).
add_test(NAME e2e_example_cameras COMMAND example_cameras
  ${PROJECT_SOURCE_DIR}/examples/cameras.yaml --seconds 1)
set(AEGIS_CAMERA_ROW " +[0-9]+ +[0-9]+ +[0-9]+ +[1-9][0-9]* +0 ")
set_tests_properties(e2e_example_cameras PROPERTIES LABELS "e2e;threads" TIMEOUT 60
  PASS_REGULAR_EXPRESSION
  "front_cls${AEGIS_CAMERA_ROW}.*road_seg${AEGIS_CAMERA_ROW}.*gaze${AEGIS_CAMERA_ROW}")
