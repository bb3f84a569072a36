# SPDX-License-Identifier: Apache-2.0
# Builds and runs the consumer project (tests/consumer) against storydata the way MODE says:
#   find_package      the build tree installed into a scratch prefix
#   add_subdirectory  this checkout, built inside the consumer's build
#   FetchContent      an archive of this checkout's library sources, fetched by URL
# Embedded, storydata must build only its library, without -Werror; installed, its copy of
# nlohmann/json must live in a namespace of its own (cmake/nlohmann_config.hpp).
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(build "${WORK_DIR}/build")
macro(step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "failed: ${ARGN}\n${out}")
  endif()
endmacro()

# A consumer's own build: no build type (no optimiser), a unity build to keep the test short.
set(configure ${CMAKE_COMMAND} -S "${SOURCE_DIR}/tests/consumer" -B "${build}" -G Ninja
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCMAKE_UNITY_BUILD=ON "-DSTORYDATA_CONSUME=${MODE}")
if(MODE STREQUAL "find_package")
  set(prefix "${WORK_DIR}/prefix")
  step(${CMAKE_COMMAND} --install "${BINARY_DIR}" --prefix "${prefix}")
  step(${configure} "-DCMAKE_PREFIX_PATH=${prefix}")
  file(GLOB_RECURSE library "${prefix}/*/libstorydata.a")
  step("${NM}" -C ${library})
  if(out MATCHES "nlohmann::json_abi" OR NOT out MATCHES "nlohmann::json_storydata_noexcept")
    message(FATAL_ERROR "libstorydata.a defines nlohmann/json under its default names")
  endif()
elseif(MODE STREQUAL "add_subdirectory")
  step(${configure} "-DSTORYDATA_SOURCE_DIR=${SOURCE_DIR}")
elseif(MODE STREQUAL "FetchContent")
  set(archive "${WORK_DIR}/storydata.tar.gz")
  execute_process(COMMAND ${CMAKE_COMMAND} -E tar czf "${archive}" CMakeLists.txt cmake sdk
                  WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE code)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "cannot archive ${SOURCE_DIR}")
  endif()
  step(${configure} "-DSTORYDATA_ARCHIVE=${archive}")
endif()
step(${CMAKE_COMMAND} --build "${build}")

if(NOT MODE STREQUAL "find_package")
  step(${CMAKE_COMMAND} --build "${build}" --target help)
  if(out MATCHES "storydata_tests|storydata_cli|storydata-generate|storydata-bench|storydata-corpus")
    message(FATAL_ERROR "embedded, storydata built more than its library:\n${out}")
  endif()
  file(READ "${build}/compile_commands.json" commands)
  if(commands MATCHES "-Werror")
    message(FATAL_ERROR "embedded, storydata compiles with -Werror")
  endif()
endif()

step("${build}/consumer" "{\"storydata\":\"1.0\",\"id\":\"s\",\"article\":{\"headline\":\"It works\"}}")
if(NOT out MATCHES "^It works \\(storydata [0-9.]+, schema 1.0\\)")
  message(FATAL_ERROR "unexpected output: ${out}")
endif()
message(STATUS "consumer (${MODE}): ${out}")
