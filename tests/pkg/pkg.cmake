# Packaging (label pkg): what a program outside the tree sees of the library. In the
# plain build only: under the sanitizers a program linked against libaegis.so would
# need the sanitizer's runtime first, which is not what is being tested.
if(AEGIS_SANITIZE OR AEGIS_TSAN)
  return()
endif()

find_package(Python3 REQUIRED COMPONENTS Interpreter)

# libaegis.so exports every function of include/aegis/*.h (AEGIS_API) and nothing else.
add_test(NAME pkg_symbols
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/pkg/symbols_test.py
          $<TARGET_FILE:aegis_shared> ${PROJECT_SOURCE_DIR}/include)
set_tests_properties(pkg_symbols PROPERTIES LABELS pkg TIMEOUT 60)

# A program outside the tree (tests/consumer/) against the build installed into a
# temporary prefix: with pkg-config and with find_package(aegis), shared and static.
add_test(NAME pkg_consumer
  COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/pkg/consumer_test.sh ${CMAKE_BINARY_DIR}
          ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/pkg-consumer ${CMAKE_C_COMPILER})
set_tests_properties(pkg_consumer PROPERTIES LABELS pkg TIMEOUT 300
  PASS_REGULAR_EXPRESSION "consumer: all 4 built and ran")

# The Python binding (python/aegis) over the build's libaegis.so, with Python 3's
# unittest: python/tests/. py_layout prints the C layout of the structs it mirrors. A
# python3 with numpy (Debian's python3-numpy is not in a pyenv's).
add_executable(py_layout ${CMAKE_CURRENT_SOURCE_DIR}/pkg/py_layout.c)
target_link_libraries(py_layout PRIVATE aegis)
set(AEGIS_NUMPY_PYTHON "" CACHE FILEPATH "python3 with numpy, for the binding's tests")
if(NOT AEGIS_NUMPY_PYTHON)
  foreach(py /usr/bin/python3 ${Python3_EXECUTABLE})
    execute_process(COMMAND ${py} -c "import numpy" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(rc EQUAL 0)
      set(AEGIS_NUMPY_PYTHON ${py} CACHE FILEPATH "python3 with numpy" FORCE)
      break()
    endif()
  endforeach()
endif()
if(NOT AEGIS_NUMPY_PYTHON)
  set(AEGIS_NUMPY_PYTHON /usr/bin/python3) # the test fails, saying numpy is missing
endif()
add_test(NAME pkg_python
  COMMAND ${AEGIS_NUMPY_PYTHON} -m unittest discover -v -s ${PROJECT_SOURCE_DIR}/python/tests)
set_tests_properties(pkg_python PROPERTIES LABELS pkg TIMEOUT 120 ENVIRONMENT
  "AEGIS_LIBRARY=$<TARGET_FILE:aegis_shared>;AEGIS_LAYOUT_EXE=$<TARGET_FILE:py_layout>;PYTHONPATH=${PROJECT_SOURCE_DIR}/python")

# Every public function called with NULL / 0 / zeroed arguments, each in a child of its
# own: errors are fine, crashes, aborts and hangs are not.
add_test(NAME pkg_null_api
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/pkg/null_api_test.py
          ${CMAKE_C_COMPILER} $<TARGET_FILE:aegis_shared> ${PROJECT_SOURCE_DIR}/include
          ${CMAKE_CURRENT_BINARY_DIR}/pkg-null-api)
set_tests_properties(pkg_null_api PROPERTIES LABELS pkg TIMEOUT 300)
