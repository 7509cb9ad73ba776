# End-to-end test of backend onnx-cudnn on the simulated device (label e2e): admit with
# the memory worked out by hand, run, profile, and a refused graph (onnx_e2e.py builds
# its models with the python3 that tests/onnx/onnx.cmake found to have onnx).
if(AEGIS_HAVE_ONNX AND AEGIS_ONNX_PYTHON)
  add_test(NAME e2e_onnx
    COMMAND ${AEGIS_ONNX_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/onnx_e2e.py
            $<TARGET_FILE:aegisrt> ${CMAKE_BINARY_DIR}/e2e-onnx)
  set_tests_properties(e2e_onnx PROPERTIES LABELS e2e TIMEOUT 300)
endif()
# The GPU test of the backend through the runtime reads the generated models too.
if(TARGET test_gpu_onnx AND AEGIS_HAVE_ONNX)
  target_compile_definitions(test_gpu_onnx PRIVATE AEGIS_ONNX_MODELS="${AEGIS_ONNX_MODELS_DIR}")
  set_tests_properties(test_gpu_onnx PROPERTIES FIXTURES_REQUIRED onnx_models)
endif()
