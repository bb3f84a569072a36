# `cmake --install` puts the library, headers, the CLI and a CMake package in place, so that an
# application can `find_package(storydata)` and link `storydata::storydata`.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS storydata_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS storydata EXPORT storydataTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY sdk/include/storydata DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.hpp")
install(FILES "${CMAKE_BINARY_DIR}/sdk/include/storydata/version.hpp"
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/storydata)
install(EXPORT storydataTargets NAMESPACE storydata::
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/storydata)

configure_package_config_file(cmake/storydataConfig.cmake.in
  "${CMAKE_BINARY_DIR}/storydataConfig.cmake"
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/storydata)
write_basic_package_version_file("${CMAKE_BINARY_DIR}/storydataConfigVersion.cmake"
  COMPATIBILITY SameMajorVersion)
install(FILES "${CMAKE_BINARY_DIR}/storydataConfig.cmake" "${CMAKE_BINARY_DIR}/storydataConfigVersion.cmake"
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/storydata)
