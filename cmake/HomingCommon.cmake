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
if(HOMING_SANITIZE)
    target_compile_options(homing_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(homing_common INTERFACE -fsanitize=address,undefined)
endif()
