# What `cmake --install` (and `make install PREFIX=...`) puts where, by component (the
# Debian packages of cmake/package.cmake):
#   libaegis      lib/libaegis.so.0*
#   libaegis-dev  include/aegis/, lib/libaegis.a, lib/libaegis.so, lib/pkgconfig/aegis.pc,
#                 lib/cmake/aegis/
#   aegisrt       bin/aegisrt, share/man/man1/aegisrt.1
#   python3-aegis the Python package (python/aegis) in AEGIS_PYTHON_DIR
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
# `cmake --install --prefix T` needs no reconfiguration.
set(_pcdir ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
if(IS_ABSOLUTE "${_pcdir}")
  file(RELATIVE_PATH AEGIS_PC_TO_PREFIX "${_pcdir}" "${CMAKE_INSTALL_PREFIX}")
else()
  string(REGEX REPLACE "[^/]+" ".." AEGIS_PC_TO_PREFIX "${_pcdir}")
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

# Backend plug-ins go to lib/aegis, where the library looks for them
# (src/backend/plugin/plugin.c); the ONNX Runtime one takes its libonnxruntime along.
if(TARGET aegis-backend-ort)
  set_target_properties(aegis-backend-ort PROPERTIES INSTALL_RPATH "$ORIGIN")
  install(TARGETS aegis-backend-ort LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/aegis
    COMPONENT backend-ort)
  file(GLOB _ort_libs ${AEGIS_ORT_LIBDIR}/libonnxruntime.so*)
  install(FILES ${_ort_libs} DESTINATION ${CMAKE_INSTALL_LIBDIR}/aegis COMPONENT backend-ort)
endif()
