# The ONNX loader's test models (tools/onnx/gen_test_models.py), written into the build
# folder by a CTest fixture that test_onnx requires; and where test_onnx finds them, the
# libonnx-testdata node tests and its report. Nothing binary is committed.
set(AEGIS_ONNX_MODELS_DIR ${CMAKE_BINARY_DIR}/onnx-models)
set(AEGIS_ONNX_NODE_TESTS "/usr/share/libonnx-testdata/data/node" CACHE PATH
    "The ONNX node tests (Debian libonnx-testdata) for test_onnx's conformance part")
if(TARGET test_onnx)
  target_compile_definitions(test_onnx PRIVATE
    AEGIS_ONNX_MODELS="${AEGIS_ONNX_MODELS_DIR}"
    AEGIS_ONNX_NODE_TESTS="${AEGIS_ONNX_NODE_TESTS}"
    AEGIS_ONNX_REPORT="${CMAKE_BINARY_DIR}/onnx-node-tests.txt")
endif()
if(AEGIS_HAVE_ONNX AND TARGET test_onnx)
  # A python3 that has onnx and numpy (Debian's python3-onnx is not in a pyenv's).
  set(AEGIS_ONNX_PYTHON "" CACHE FILEPATH "python3 with onnx and numpy")
  if(NOT AEGIS_ONNX_PYTHON)
    foreach(py /usr/bin/python3 python3)
      execute_process(COMMAND ${py} -c "import onnx, numpy" RESULT_VARIABLE rc
                      OUTPUT_QUIET ERROR_QUIET)
      if(rc EQUAL 0)
        set(AEGIS_ONNX_PYTHON ${py} CACHE FILEPATH "python3 with onnx and numpy" FORCE)
        break()
      endif()
    endforeach()
  endif()
  if(NOT AEGIS_ONNX_PYTHON)
    set(AEGIS_ONNX_PYTHON /usr/bin/python3) # the fixture fails, saying what is missing
  endif()
  add_test(NAME onnx_gen_models
           COMMAND ${AEGIS_ONNX_PYTHON} ${PROJECT_SOURCE_DIR}/tools/onnx/gen_test_models.py
                   ${AEGIS_ONNX_MODELS_DIR})
  set_tests_properties(onnx_gen_models PROPERTIES LABELS unit FIXTURES_SETUP onnx_models)
  set_tests_properties(test_onnx PROPERTIES FIXTURES_REQUIRED onnx_models)
endif()
# test_plugin runs convbn_tiny.onnx through the ONNX Runtime plug-in when both exist.
if(AEGIS_HAVE_ONNX AND TARGET test_plugin AND TARGET aegis-backend-ort)
  set_tests_properties(test_plugin PROPERTIES FIXTURES_REQUIRED onnx_models)
endif()
