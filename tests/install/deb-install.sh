#!/bin/bash
# Builds the .deb with CPack, installs it with apt into a fresh Debian 13 root (debootstrap, minbase), runs
# `twofactor-kiosk --version`, starts the headless API with the mock SMS sink, answers one request with an
# API key made by the installed program, then purges the package and checks that nothing of it is left
# outside the users' data (/root, /tmp).
# Usage: deb-install.sh BUILD_DIR
# Needs root (chroot, mount) and the Debian mirror (TFK_MIRROR, default deb.debian.org). The minbase root
# is made once and kept as a tarball under /var/cache/twofactor-kiosk-tests; every run unpacks a new copy.
set -euo pipefail

build=$(cd "$1" && pwd)
mirror=${TFK_MIRROR:-http://deb.debian.org/debian}
cache=/var/cache/twofactor-kiosk-tests
[ "$(id -u)" -eq 0 ] || { echo "deb-install: needs root (chroot and mount); run it through scripts/test" >&2; exit 1; }

work=$(mktemp -d /tmp/tfk-deb-install.XXXXXX)
root=$work/root
server_pid=
mounted=()
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
clean_env=(/usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8)
in_root() { chroot "$root" "${clean_env[@]}" "$@"; }

# The package, from this build tree.
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb" >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
deb=$(ls "$work"/deb/twofactor-kiosk_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "cpack built no twofactor-kiosk_*.deb"
echo "package: $(basename "$deb")"

# A fresh Debian 13 root. The packages debootstrap and apt fetch are kept in the build root's apt cache.
mkdir -p "$cache" /var/cache/apt/archives/partial
if [ ! -f "$cache/trixie-minbase.tar" ]; then
    echo "making the minbase root once (debootstrap from $mirror)"
    mkdir -p "$work/bootstrap"
    debootstrap --variant=minbase --cache-dir=/var/cache/apt/archives trixie "$work/bootstrap" "$mirror" \
        >"$work/debootstrap.log" 2>&1 || { tail -20 "$work/debootstrap.log" >&2; fail "debootstrap failed"; }
    tar -C "$work/bootstrap" -cf "$cache/trixie-minbase.tar.part" .
    mv "$cache/trixie-minbase.tar.part" "$cache/trixie-minbase.tar"
    rm -rf "$work/bootstrap"
fi
mkdir -p "$root"
tar -C "$root" -xf "$cache/trixie-minbase.tar"
in_root dpkg -s twofactor-kiosk >/dev/null 2>&1 && fail "the fresh root already has twofactor-kiosk"
cp /etc/resolv.conf "$root/etc/resolv.conf"
for dir in proc dev; do
    mount --rbind "/$dir" "$root/$dir"
    mounted+=("$root/$dir")
done
mount --bind /var/cache/apt/archives "$root/var/cache/apt/archives"
mounted+=("$root/var/cache/apt/archives")

# What the root holds before the package (apt's and dpkg's own books aside).
snapshot() {
    (cd "$root" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./tmp -o -path ./root -o -path ./var/cache \
        -o -path ./var/log -o -path ./var/lib/apt -o -path ./var/lib/dpkg -o -path ./run \) -prune -o -print | sort)
}

cp "$deb" "$root/tmp/"
echo "apt install ./$(basename "$deb")"
in_root sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/$(basename "$deb")" \
    >"$work/apt-install.log" 2>&1 || { tail -30 "$work/apt-install.log" >&2; fail "apt install of the package failed"; }
in_root dpkg -L twofactor-kiosk | sort >"$work/package-files"
snapshot >"$work/installed"

# It runs: --version, then the headless API with the mock sink answers a request with a key it made itself.
version=$(sed -n 's/^project(TwoFactorKiosk VERSION \([0-9.]*\).*/\1/p' "$(dirname "$0")/../../CMakeLists.txt")
out=$(in_root twofactor-kiosk --version 2>&1) || fail "twofactor-kiosk --version failed: $out"
echo "$out" | grep -q "^twofactor-kiosk $version (git " || fail "--version says '$out', not $version and the revision"
echo "installed: $out"
data=(--database /root/kiosk.db --settings /root/kiosk.conf)
key=$(in_root twofactor-kiosk "${data[@]}" api-key create --name deb-install 2>"$work/api-key.log") \
    || { cat "$work/api-key.log" >&2; fail "api-key create failed"; }
[ -n "$key" ] || fail "api-key create printed no key"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# chroot, not in_root: $! is then the server itself (env and chroot exec it), the one SIGTERM must reach.
chroot "$root" "${clean_env[@]}" twofactor-kiosk "${data[@]}" --headless --api --mock-sms --api-listen "127.0.0.1:$port" \
    >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
    grep -q "API listening on" "$work/server.log" && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; fail "the headless API stopped at start-up"; }
    sleep 0.1
done
grep -q "API listening on http://127.0.0.1:$port" "$work/server.log" || { cat "$work/server.log" >&2; fail "the API did not start"; }
status=$(curl -s -o "$work/answer.json" -w '%{http_code}' -H "Authorization: $key" "http://127.0.0.1:$port/api/two-factor/secret")
[ "$status" = 200 ] || fail "GET /api/two-factor/secret answered $status: $(cat "$work/answer.json")"
python3 -c 'import json, sys; a = json.load(open(sys.argv[1])); assert len(a["secretBase32Encoded"]) == 32, a' \
    "$work/answer.json" || fail "the answer is not a FusionAuth secret: $(cat "$work/answer.json")"
echo "GET /api/two-factor/secret -> $status $(cat "$work/answer.json")"
unauthorized=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/two-factor/secret")
[ "$unauthorized" = 401 ] || fail "without the key the API answered $unauthorized, not 401"
kill -TERM "$server_pid"
wait "$server_pid" || fail "the headless API did not stop cleanly on SIGTERM: $(tail -3 "$work/server.log")"
server_pid=
grep -q "stopped" "$work/server.log" || fail "the headless API did not log its stop"

# Purged, nothing of it is left: none of its files, nothing new outside the users' data.
in_root sh -c 'DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq twofactor-kiosk' >"$work/apt-purge.log" 2>&1 \
    || { tail -20 "$work/apt-purge.log" >&2; fail "apt-get purge twofactor-kiosk failed"; }
in_root dpkg -s twofactor-kiosk >/dev/null 2>&1 && fail "twofactor-kiosk is still installed after the purge"
snapshot >"$work/purged"
left=$(while read -r path; do
    if [ -L "$root$path" ] || [ -f "$root$path" ] || { [ -d "$root$path" ] && [[ $path == *twofactor-kiosk* ]]; }; then
        echo "$path"
    fi
done <"$work/package-files")
[ -z "$left" ] || fail "left after the purge: $left"
new=$(comm -13 "$work/installed" "$work/purged")
[ -z "$new" ] || fail "the purge left new files: $new"
[ -f "$root/root/kiosk.db" ] || fail "the purge removed the users' data (/root/kiosk.db)"
echo "deb install: installed, answered, purged; $(wc -l <"$work/package-files") package paths gone, users' data kept"
