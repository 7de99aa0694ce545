# Translations: one catalogue per library, embedded under :/i18n and loaded by Translations
# (core/translations.h) in all three programs.
#
#   homing_add_catalogue(<target> NAME <name> LANGUAGES <lang>... DIRECTORIES <dir>...)
#
# translations/<name>_<lang>.ts holds every message of DIRECTORIES (paths below the project root,
# scanned recursively, headers included) for each language; translations/<name>_en.ts holds the
# English plural forms only. The target <name>_lupdate, part of update_translations, brings the .ts
# files up to date with the sources and drops messages that left them (-no-obsolete), so nothing
# "vanished" piles up; new messages appear as unfinished until someone translates them.
# The catalogue names and directories are recorded in the global property HOMING_CATALOGUES
# ("name=dir,dir;...") for the test that compares the sources with the committed .ts files; with
# HOMING_STRICT_TRANSLATIONS that test fails on any message of the sources not yet translated.
option(HOMING_STRICT_TRANSLATIONS "Fail the translations test when the sources hold untranslated messages" ON)

function(homing_add_catalogue target)
    cmake_parse_arguments(arg "" "NAME" "LANGUAGES;DIRECTORIES" ${ARGN})
    set(ts_dir ${PROJECT_SOURCE_DIR}/translations)
    set(ts_files "")
    foreach(language IN LISTS arg_LANGUAGES)
        list(APPEND ts_files ${ts_dir}/${arg_NAME}_${language}.ts)
    endforeach()
    set(plural_ts ${ts_dir}/${arg_NAME}_en.ts)
    list(TRANSFORM arg_DIRECTORIES PREPEND ${PROJECT_SOURCE_DIR}/ OUTPUT_VARIABLE directories)

    set(lupdate $<TARGET_FILE:Qt6::lupdate>)
    add_custom_target(${arg_NAME}_lupdate
        COMMAND ${lupdate} -silent -no-obsolete -locations relative ${directories} -ts ${ts_files}
        COMMAND ${lupdate} -silent -no-obsolete -pluralonly -locations relative ${directories} -ts ${plural_ts}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "Extracting the messages of ${arg_NAME} into translations/"
        VERBATIM)
    if(NOT TARGET update_translations)
        add_custom_target(update_translations)
    endif()
    add_dependencies(update_translations ${arg_NAME}_lupdate)

    qt_add_lrelease(${target} TS_FILES ${ts_files} ${plural_ts} QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${target} ${arg_NAME}_translations
        PREFIX /i18n
        BASE ${CMAKE_CURRENT_BINARY_DIR}
        FILES ${qm_files})

    list(JOIN arg_DIRECTORIES "," joined)
    set_property(GLOBAL APPEND PROPERTY HOMING_CATALOGUES "${arg_NAME}=${joined}")
endfunction()
