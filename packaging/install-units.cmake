# Install-time part of packaging/CMakeLists.txt: writes the systemd units and the sysusers.d entry
# for the prefix of this install and installs them (DESTDIR is honoured by file(INSTALL)).
set(HOMING_BINDIR "${CMAKE_INSTALL_PREFIX}/${HOMING_BINDIR_RELATIVE}")
set(HOMING_STATEDIR /var/lib/homing)

function(homing_unit_dir var out)
    if(NOT "${${var}}" STREQUAL "")
        set(dir "${${var}}")
    elseif(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
        set(dir "${${var}_USR}")
    else()
        set(dir "${${var}_OTHER}")
    endif()
    if(NOT IS_ABSOLUTE "${dir}")
        set(dir "${CMAKE_INSTALL_PREFIX}/${dir}")
    endif()
    set(${out} "${dir}" PARENT_SCOPE)
endfunction()

homing_unit_dir(HOMING_SYSTEMD_USER_UNIT_DIR user_dir)
homing_unit_dir(HOMING_SYSTEMD_SYSTEM_UNIT_DIR system_dir)
homing_unit_dir(HOMING_SYSUSERS_DIR sysusers_dir)

configure_file("${HOMING_UNIT_SOURCES}/homingd.user.service.in" "${HOMING_UNIT_BUILD_DIR}/user/homingd.service" @ONLY)
configure_file("${HOMING_UNIT_SOURCES}/homingd.system.service.in" "${HOMING_UNIT_BUILD_DIR}/system/homingd.service"
               @ONLY)
configure_file("${HOMING_UNIT_SOURCES}/homing.sysusers.in" "${HOMING_UNIT_BUILD_DIR}/homing.conf" @ONLY)
file(INSTALL DESTINATION "${user_dir}" TYPE FILE FILES "${HOMING_UNIT_BUILD_DIR}/user/homingd.service")
file(INSTALL DESTINATION "${system_dir}" TYPE FILE FILES "${HOMING_UNIT_BUILD_DIR}/system/homingd.service")
file(INSTALL DESTINATION "${sysusers_dir}" TYPE FILE FILES "${HOMING_UNIT_BUILD_DIR}/homing.conf")
