# Fails listing every C++ source that clang-format would change. Run with -P.
if(NOT CLANG_FORMAT)
    message(FATAL_ERROR "clang-format was not found: install it (Debian: clang-format) to check formatting")
endif()
file(GLOB_RECURSE sources LIST_DIRECTORIES false
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
list(LENGTH sources count)
if(count EQUAL 0)
    message(FATAL_ERROR "no C++ sources found under ${SOURCE_DIR}")
endif()
set(bad "")
foreach(file IN LISTS sources)
    execute_process(COMMAND ${CLANG_FORMAT} --style=file --dry-run --Werror ${file}
        RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT rc EQUAL 0)
        list(APPEND bad ${file})
    endif()
endforeach()
if(bad)
    list(JOIN bad "\n  " listing)
    message(FATAL_ERROR "these files are not formatted (run: scripts/format):\n  ${listing}")
endif()
message(STATUS "${count} C++ files checked, all formatted")
