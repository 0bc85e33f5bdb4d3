#!/bin/bash
# Runs a command on a private D-Bus session bus with a real Secret Service on it (gnome-keyring-daemon,
# its login keyring created and unlocked with a test password) in a throw-away home. The keyring
# daemon and the bus are stopped when the command ends, whatever way it ends.
set -euo pipefail

if [ "${1:-}" != --inside ]; then
    for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
        command -v "$tool" >/dev/null || { echo "with-secret-service: $tool is not installed (scripts/debian-packages.txt lists it)" >&2; exit 1; }
    done
    home=$(mktemp -d)
    trap 'rm -rf "$home"' EXIT
    mkdir -m 700 "$home/run"
    status=0
    env HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_DATA_HOME="$home/share" XDG_CONFIG_HOME="$home/config" \
        XDG_CACHE_HOME="$home/cache" dbus-run-session -- "$0" --inside "$@" || status=$?
    exit "$status"
fi
shift

keyring=
cleanup() {
    if [ -n "$keyring" ]; then
        kill "$keyring" 2>/dev/null || true
        wait "$keyring" 2>/dev/null || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

printf '%s' "tfk-test-keyring-password" | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$HOME/keyring.out" 2>&1 &
keyring=$!
for _ in $(seq 200); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
        "$@"
        exit $?
    fi
    kill -0 "$keyring" 2>/dev/null || break
    sleep 0.05
done
echo "with-secret-service: gnome-keyring-daemon did not come up on the session bus" >&2
cat "$HOME/keyring.out" >&2
exit 1
