# What `cmake --install` (and `make install PREFIX=...`) puts where, by component (the
# Debian packages of cmake/package.cmake):
#   libaegis      lib/libaegis.so.0*
#   libaegis-dev  include/aegis/, lib/libaegis.a, lib/libaegis.so, lib/pkgconfig/aegis.pc,
#                 lib/cmake/aegis/
#   aegisrt       bin/aegisrt, share/man/man1/aegisrt.1
#   python3-aegis the Python package (python/aegis) in AEGIS_PYTHON_DIR (below)
#   backend-ort   lib/aegis/libaegis-backend-ort.so and the ONNX Runtime it loads
# lib is CMAKE_INSTALL_LIBDIR (GNUInstallDirs: lib/x86_64-linux-gnu under /usr on Debian).
include(CMakePackageConfigHelpers)

install(TARGETS aegis_shared EXPORT aegisTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT libaegis
    NAMELINK_COMPONENT libaegis-dev)
install(TARGETS aegis EXPORT aegisStaticTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT libaegis-dev)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/aegis
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT libaegis-dev)
install(TARGETS aegisrt RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT aegisrt)
install(FILES ${PROJECT_SOURCE_DIR}/docs/aegisrt.1
  DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT aegisrt)

# pkg-config: relocatable (prefix from the .pc file's own folder), so that
# `cmake --install --prefix T` needs no reconfiguration; a build for /usr (the Debian
# packages) says /usr, whose include folder pkg-config then leaves out.
set(_pcdir ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
  set(AEGIS_PC_PREFIX /usr)
else()
  string(REGEX REPLACE "[^/]+" ".." _up "${_pcdir}")
  set(AEGIS_PC_PREFIX "\${pcfiledir}/${_up}")
endif()
set(AEGIS_PC_REQUIRES_PRIVATE "yaml-0.1")
set(AEGIS_PC_LIBS_PRIVATE "-lm -pthread")
if(AEGIS_HAVE_ONNX)
  string(APPEND AEGIS_PC_REQUIRES_PRIVATE ", libprotobuf-c")
endif()
if(AEGIS_HAVE_ONNX_GPU OR AEGIS_HAVE_CUDA)
  string(APPEND AEGIS_PC_LIBS_PRIVATE " -ldl")
endif()
if(AEGIS_HAVE_CUDA)
  # The CUDA runtime, static as in libaegis.so (C++ underneath).
  get_target_property(_cudart CUDA::cudart_static IMPORTED_LOCATION)
  get_filename_component(_cudart_dir "${_cudart}" DIRECTORY)
  string(APPEND AEGIS_PC_LIBS_PRIVATE " -L${_cudart_dir} -lcudart_static -lrt -lstdc++")
endif()
configure_file(${PROJECT_SOURCE_DIR}/cmake/aegis.pc.in ${CMAKE_BINARY_DIR}/aegis.pc @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/aegis.pc DESTINATION ${_pcdir} COMPONENT libaegis-dev)

# CMake: find_package(aegis) -> aegis::aegis (and aegis::aegis_static on request).
set(_cmakedir ${CMAKE_INSTALL_LIBDIR}/cmake/aegis)
set_target_properties(aegis PROPERTIES EXPORT_NAME aegis_static)
install(EXPORT aegisTargets NAMESPACE aegis:: DESTINATION ${_cmakedir}
  COMPONENT libaegis-dev)
install(EXPORT aegisStaticTargets NAMESPACE aegis:: DESTINATION ${_cmakedir}
  COMPONENT libaegis-dev)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/aegisConfig.cmake.in
  ${CMAKE_BINARY_DIR}/aegisConfig.cmake INSTALL_DESTINATION ${_cmakedir})
# 0.x: a minor version may break the API.
write_basic_package_version_file(${CMAKE_BINARY_DIR}/aegisConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/aegisConfig.cmake
  ${CMAKE_BINARY_DIR}/aegisConfigVersion.cmake DESTINATION ${_cmakedir}
  COMPONENT libaegis-dev)

# The Python package (python/aegis): pure Python, into AEGIS_PYTHON_DIR (relative to
# the prefix: Debian's lib/python3/dist-packages under /usr, else the site-packages of
# the python3 found, lib/python3.X/site-packages). The install step writes _installed.py
# with the installed library's path, which the package loads first.
if(NOT AEGIS_PYTHON_DIR)
  if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
    set(_pydir lib/python3/dist-packages)
  else()
    find_package(Python3 COMPONENTS Interpreter)
    set(_pydir lib/python${Python3_VERSION_MAJOR}.${Python3_VERSION_MINOR}/site-packages)
  endif()
  set(AEGIS_PYTHON_DIR ${_pydir} CACHE STRING "Where the Python package goes (prefix-relative)")
endif()
install(DIRECTORY ${PROJECT_SOURCE_DIR}/python/aegis DESTINATION ${AEGIS_PYTHON_DIR}
  COMPONENT python3-aegis FILES_MATCHING PATTERN "*.py" PATTERN "__pycache__" EXCLUDE)
install(CODE "
  set(_py \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${AEGIS_PYTHON_DIR}/aegis/_installed.py\")
  file(WRITE \"\${_py}\" \"# Written by the install step: the libaegis.so installed with this package.\\nLIBRARY = '\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR}/libaegis.so.${PROJECT_VERSION_MAJOR}'\\n\")
  message(STATUS \"Installing: \${_py}\")" COMPONENT python3-aegis)

# Backend plug-ins go to lib/aegis, where the library looks for them
# (src/backend/plugin/plugin.c); the ONNX Runtime one takes its libonnxruntime along.
if(TARGET aegis-backend-ort)
  set_target_properties(aegis-backend-ort PROPERTIES INSTALL_RPATH "$ORIGIN")
  install(TARGETS aegis-backend-ort LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/aegis
    COMPONENT backend-ort)
  file(GLOB _ort_libs ${AEGIS_ORT_LIBDIR}/libonnxruntime.so*)
  install(FILES ${_ort_libs} DESTINATION ${CMAKE_INSTALL_LIBDIR}/aegis COMPONENT backend-ort)
endif()
