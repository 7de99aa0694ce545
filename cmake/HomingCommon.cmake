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

# Precompiled headers: the Qt headers that most of a target's sources include are parsed once per
# kind of target instead of once per source file (a test's translation unit spent about half of its
# compile time in QtTest, QtCore and QtNetwork headers). homing_core, homing_ui and the tests each
# precompile their own set; every test program reuses the tests' one (homing_add_test). A source
# still includes what it uses: the build is correct with HOMING_PCH=OFF, which a developer can use
# to check exactly that. ccache caches these compiles only with the sloppiness below (its manual,
# "Precompiled headers"), so it is set for the compiler launcher rather than left to a user's
# ccache.conf.
option(HOMING_PCH "Precompile the Qt headers that most sources include" ON)
if(HOMING_PCH AND CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
    set(CMAKE_CXX_COMPILER_LAUNCHER
        ${CMAKE_COMMAND} -E env CCACHE_SLOPPINESS=pch_defines,time_macros ${CMAKE_CXX_COMPILER_LAUNCHER})
endif()
set(HOMING_PCH_QTCORE
    <QtCore/QByteArray> <QtCore/QCoreApplication> <QtCore/QDateTime> <QtCore/QDir> <QtCore/QFile>
    <QtCore/QHash> <QtCore/QJsonArray> <QtCore/QJsonDocument> <QtCore/QJsonObject> <QtCore/QList>
    <QtCore/QObject> <QtCore/QPointer> <QtCore/QRegularExpression> <QtCore/QSet> <QtCore/QString>
    <QtCore/QStringList> <QtCore/QTimer> <QtCore/QUrl> <QtCore/QUrlQuery> <QtCore/QUuid>
    <QtNetwork/QHostAddress>)
function(homing_precompile_headers target)
    if(HOMING_PCH)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()
function(homing_reuse_precompiled_headers target from)
    if(HOMING_PCH)
        target_precompile_headers(${target} REUSE_FROM ${from})
    endif()
endfunction()
