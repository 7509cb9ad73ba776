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
