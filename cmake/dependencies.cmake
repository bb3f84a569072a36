# SPDX-License-Identifier: Apache-2.0
# Header-only dependencies: nlohmann/json (private to the SDK) and Boost.Describe (public: the
# model's descriptions are part of the API).
#
# Under Emscripten, find_package cannot see host packages and `-isystem /usr/include` would pull
# in glibc headers, so only the two header trees are exposed, through a folder of symlinks.
if(EMSCRIPTEN)
  set(STORYDATA_HOST_INCLUDE "/usr/include" CACHE PATH "Where the host's nlohmann/ and boost/ headers are")
  set(shim "${PROJECT_BINARY_DIR}/host-headers")
  file(MAKE_DIRECTORY "${shim}")
  foreach(tree nlohmann boost doctest)
    file(CREATE_LINK "${STORYDATA_HOST_INCLUDE}/${tree}" "${shim}/${tree}" SYMBOLIC)
  endforeach()
  add_library(storydata_boost INTERFACE)
  target_include_directories(storydata_boost SYSTEM INTERFACE "$<BUILD_INTERFACE:${shim}>")
  add_library(storydata_nlohmann INTERFACE)
  target_link_libraries(storydata_nlohmann INTERFACE storydata_boost)
else()
  find_package(Boost 1.77 REQUIRED CONFIG)
  find_package(nlohmann_json 3.11 REQUIRED CONFIG)
  add_library(storydata_boost INTERFACE)
  target_link_libraries(storydata_boost INTERFACE Boost::headers)
  add_library(storydata_nlohmann INTERFACE)
  target_link_libraries(storydata_nlohmann INTERFACE nlohmann_json::nlohmann_json)
endif()
# The core never throws: nlohmann reports errors through return values only, in a namespace of
# its own (nlohmann_config.hpp says why).
target_compile_options(storydata_nlohmann INTERFACE
  "SHELL:-include ${CMAKE_CURRENT_LIST_DIR}/nlohmann_config.hpp")

function(storydata_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  # GCC 12 at -O3 reports false -Wrestrict overlaps inside std::string concatenation
  # (GCC bug 105329, fixed in 13).
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  if(STORYDATA_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
