# Debian packages (`make deb`, or cpack -G DEB in a build configured with
# -DCMAKE_INSTALL_PREFIX=/usr), one per install component of cmake/install.cmake:
#   libaegis0      libaegis.so.0 (component libaegis), with shlibs and the ldconfig trigger
#   libaegis-dev   headers, libaegis.a, the libaegis.so link, aegis.pc, the CMake package
#   aegisrt        the tool and its man page (it links libaegis.a)
#   python3-aegis  the Python package
# Depends come from dpkg-shlibdeps (the libraries the binaries need), plus what the
# development files and the Python package need. The ort plug-in (component
# backend-ort) is not packaged: it carries ONNX Runtime, which Debian does not ship.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME aegis)
set(CPACK_PACKAGE_VENDOR AegisRT)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "AegisRT developers <aegisrt@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "GPU orchestrator with schedulability analysis")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL libaegis libaegis-dev aegisrt python3-aegis)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION libs)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)

set(CPACK_DEBIAN_LIBAEGIS_PACKAGE_NAME libaegis0)
set(CPACK_COMPONENT_LIBAEGIS_DESCRIPTION "AegisRT runtime library\n libaegis.so.0: admission by schedulability analysis, scheduling of models on GPU lanes (or a simulated device), their memory and their data.")
# shlibs (libaegis 0 libaegis0 (>= version): what dpkg-shlibdeps of a program that
# links it finds), and the ldconfig trigger (cmake/deb/triggers; CPack's postinst and
# postrm also run ldconfig). Only libaegis0 holds a shared library.
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
set(CPACK_DEBIAN_LIBAEGIS_PACKAGE_CONTROL_EXTRA ${PROJECT_SOURCE_DIR}/cmake/deb/triggers)
set(CPACK_DEBIAN_LIBAEGIS_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_LIBAEGIS-DEV_PACKAGE_NAME libaegis-dev)
set(CPACK_DEBIAN_LIBAEGIS-DEV_PACKAGE_SECTION libdevel)
set(CPACK_COMPONENT_LIBAEGIS-DEV_DEPENDS libaegis)
# libaegis.a needs these (aegis.pc's Requires.private).
set(_dev_depends "libyaml-dev")
if(AEGIS_HAVE_ONNX)
  string(APPEND _dev_depends ", libprotobuf-c-dev")
endif()
set(CPACK_DEBIAN_LIBAEGIS-DEV_PACKAGE_DEPENDS "${_dev_depends}")
set(CPACK_COMPONENT_LIBAEGIS-DEV_DESCRIPTION "AegisRT development files\n Headers, the static library, pkg-config (aegis.pc) and CMake (find_package(aegis)) files.")

set(CPACK_DEBIAN_AEGISRT_PACKAGE_NAME aegisrt)
set(CPACK_DEBIAN_AEGISRT_PACKAGE_SECTION utils)
set(CPACK_COMPONENT_AEGISRT_DESCRIPTION "AegisRT command-line tool\n aegisrt run, admit, profile, replay, report and device.")

set(CPACK_DEBIAN_PYTHON3-AEGIS_PACKAGE_NAME python3-aegis)
set(CPACK_DEBIAN_PYTHON3-AEGIS_PACKAGE_SECTION python)
set(CPACK_COMPONENT_PYTHON3-AEGIS_DEPENDS libaegis)
set(CPACK_DEBIAN_PYTHON3-AEGIS_PACKAGE_DEPENDS "python3, python3-numpy")
# Its prerm removes the __pycache__ that importing it leaves (no dh_python3 here).
set(AEGIS_PY_FULL_DIR ${CMAKE_INSTALL_PREFIX}/${AEGIS_PYTHON_DIR})
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/deb/python3-aegis)
configure_file(${PROJECT_SOURCE_DIR}/cmake/deb/python3-aegis.prerm
  ${CMAKE_BINARY_DIR}/deb/python3-aegis/prerm @ONLY FILE_PERMISSIONS OWNER_READ OWNER_WRITE
  OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_PYTHON3-AEGIS_PACKAGE_CONTROL_EXTRA ${CMAKE_BINARY_DIR}/deb/python3-aegis/prerm)
set(CPACK_DEBIAN_PYTHON3-AEGIS_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_COMPONENT_PYTHON3-AEGIS_DESCRIPTION "AegisRT for Python\n A ctypes binding over libaegis.so.0.")
include(CPack)
