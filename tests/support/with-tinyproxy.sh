#!/bin/bash
# Runs a command with a real HTTP proxy (Debian's tinyproxy) on a free loopback port: the command
# finds it in TFK_TEST_PROXY_PORT and its log in TFK_TEST_PROXY_LOG. The proxy is stopped when the
# command ends, whatever way it ends.
set -euo pipefail

dir=$(mktemp -d)
pid=
cleanup() {
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v tinyproxy >/dev/null || { echo "with-tinyproxy: tinyproxy is not installed (scripts/debian-packages.txt lists it)" >&2; exit 1; }

# A port nobody listens on: tinyproxy refuses to start on a taken one, so try a few.
for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + (RANDOM % 20000)))
    cat >"$dir/tinyproxy.conf" <<CONF
Port $port
Listen 127.0.0.1
Timeout 30
LogFile "$dir/tinyproxy.log"
LogLevel Info
MaxClients 20
Allow 127.0.0.1
BasicAuth tfk-proxy-user tfk-proxy-pass-7
CONF
    : >"$dir/tinyproxy.log"
    tinyproxy -d -c "$dir/tinyproxy.conf" >"$dir/stdout" 2>&1 &
    pid=$!
    for _ in $(seq 100); do
        if grep -q "Accepting connections" "$dir/tinyproxy.log" 2>/dev/null; then
            break 2
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            wait "$pid" 2>/dev/null || true
            pid=
            continue 2
        fi
        sleep 0.05
    done
    echo "with-tinyproxy: tinyproxy did not start (attempt $attempt)" >&2
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=
done
[ -n "$pid" ] || { echo "with-tinyproxy: tinyproxy could not listen on any port tried" >&2; cat "$dir/tinyproxy.log" "$dir/stdout" >&2; exit 1; }

TFK_TEST_PROXY_PORT=$port TFK_TEST_PROXY_LOG="$dir/tinyproxy.log" TFK_TEST_PROXY_USER=tfk-proxy-user \
    TFK_TEST_PROXY_PASSWORD=tfk-proxy-pass-7 "$@"
