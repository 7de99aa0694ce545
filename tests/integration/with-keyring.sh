#!/bin/sh
# Runs a command in a private D-Bus session with a real, unlocked gnome-keyring (Secret Service).
# No DISPLAY: an unlocked keyring never prompts, and a prompt could not hang a headless run.
# The bus and the keyring daemon end with the session.
set -eu
unset DISPLAY WAYLAND_DISPLAY
: "${XDG_RUNTIME_DIR:?}"
mkdir -p "$XDG_RUNTIME_DIR" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c '
    printf %s homing-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' keyring "$@"
