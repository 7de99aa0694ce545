# One INTERFACE target carries every flag the project's own targets share.
add_library(homing_common INTERFACE)
target_compile_features(homing_common INTERFACE cxx_std_20)
target_compile_definitions(homing_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    HOMING_VERSION="${PROJECT_VERSION}")
target_compile_options(homing_common INTERFACE
    -Wall -Wextra -pedantic -Wold-style-cast -Wnon-virtual-dtor)
if(HOMING_WERROR)
    target_compile_options(homing_common INTERFACE -Werror)
endif()
if(HOMING_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "HOMING_FUZZ needs clang (libFuzzer): configure with CXX=clang++")
    endif()
    set(HOMING_SANITIZE ON CACHE BOOL "" FORCE)
    # Coverage feedback for the fuzzers in every object file; only the fuzz targets link libFuzzer.
    target_compile_options(homing_common INTERFACE -fsanitize=fuzzer-no-link)
    target_link_options(homing_common INTERFACE -fsanitize=fuzzer-no-link)
endif()
if(HOMING_SANITIZE)
    # float-cast-overflow is named on its own: GCC's "undefined" group leaves it out.
    set(homing_sanitizers -fsanitize=address,undefined,float-cast-overflow)
    target_compile_options(homing_common INTERFACE ${homing_sanitizers} -fno-omit-frame-pointer
                           -fno-sanitize-recover=all)
    target_link_options(homing_common INTERFACE ${homing_sanitizers})
endif()
