# Installs the build tree into a scratch prefix, then configures, builds and runs the consumer
# project against it with find_package(storydata).
file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")
macro(step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "failed: ${ARGN}\n${out}")
  endif()
endmacro()
step(${CMAKE_COMMAND} --install "${BINARY_DIR}" --prefix "${prefix}")
step(${CMAKE_COMMAND} -S "${SOURCE_DIR}/tests/consumer" -B "${WORK_DIR}/build" -G Ninja
     "-DCMAKE_PREFIX_PATH=${prefix}")
step(${CMAKE_COMMAND} --build "${WORK_DIR}/build")
step("${WORK_DIR}/build/consumer" "{\"storydata\":\"1.0\",\"id\":\"s\",\"article\":{\"headline\":\"It works\"}}")
if(NOT out MATCHES "^It works \\(storydata [0-9.]+, schema 1.0\\)")
  message(FATAL_ERROR "unexpected output: ${out}")
endif()
message(STATUS "consumer: ${out}")
