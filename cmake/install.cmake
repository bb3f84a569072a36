# SPDX-License-Identifier: Apache-2.0
# `cmake --install` puts the library, headers, the CLI and a CMake package in place, so that an
# application can `find_package(storydata)` and link `storydata::storydata`. Paths are this
# project's own, so that the rules also hold inside another project's build (STORYDATA_INSTALL).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

if(TARGET storydata_cli)
  install(TARGETS storydata_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(TARGETS storydata EXPORT storydataTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY sdk/include/storydata DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.hpp")
install(FILES "${PROJECT_BINARY_DIR}/sdk/include/storydata/version.hpp"
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/storydata)
install(EXPORT storydataTargets NAMESPACE storydata::
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/storydata)

configure_package_config_file(cmake/storydataConfig.cmake.in
  "${PROJECT_BINARY_DIR}/storydataConfig.cmake"
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/storydata)
# Before 1.0 a minor version may break the API (semantic versioning), so 0.2 does not satisfy a
# request for 0.1.
if(PROJECT_VERSION_MAJOR EQUAL 0)
  set(compatibility SameMinorVersion)
else()
  set(compatibility SameMajorVersion)
endif()
write_basic_package_version_file("${PROJECT_BINARY_DIR}/storydataConfigVersion.cmake"
  COMPATIBILITY ${compatibility})
install(FILES "${PROJECT_BINARY_DIR}/storydataConfig.cmake" "${PROJECT_BINARY_DIR}/storydataConfigVersion.cmake"
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/storydata)
