# shellcheck shell=bash
# Build environment shared by scripts/run, scripts/test, scripts/bench and scripts/screenshots.
#
# Decides once per call how to build:
#   native  - the host already has everything in scripts/debian-packages.txt (or is a Debian/Ubuntu
#             host whose apt offers it: then it is installed), or a non-Debian host with Qt >= 6.8 and
#             QCA for Qt 6 that the user vouches for with TFK_BUILD_ENV=native;
#   root    - a Debian 13 root made with debootstrap, cached outside the repository and entered with
#             bubblewrap (Debian 12 has no QCA for Qt 6).
# TFK_BUILD_ENV=native|root forces a mode. TFK_ROOT overrides the cache location of the root.

set -euo pipefail

TFK_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TFK_PACKAGES_FILE="$TFK_REPO/scripts/debian-packages.txt"
TFK_ROOT="${TFK_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/twofactor-kiosk/debian13-root}"
TFK_MIRROR="${TFK_MIRROR:-http://deb.debian.org/debian}"
TFK_SUITE=trixie

tfk_log() { printf '[tfk] %s\n' "$*" >&2; }
tfk_die() {
    printf '[tfk] error: %s\n' "$*" >&2
    exit 1
}

tfk_packages() { sed -e 's/#.*//' -e 's/[[:space:]]//g' "$TFK_PACKAGES_FILE" | grep -v '^$'; }

tfk_as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        tfk_die "this step needs root (or sudo): $*"
    fi
}

# True when every listed package is installed on a dpkg host.
tfk_host_has_all_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 1
    local missing
    # shellcheck disable=SC2046
    missing=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' $(tfk_packages) 2>&1 | grep -v '^ii ' || true)
    [ -z "$missing" ]
}

# True when this host's apt can install QCA for Qt 6 and Qt >= 6.8 (Debian 13+, Ubuntu 25.04+).
tfk_host_apt_can_install() {
    command -v apt-cache >/dev/null 2>&1 || return 1
    local qca qt
    qca=$(apt-cache policy libqca-qt6-dev 2>/dev/null | awk '/Candidate:/ {print $2}')
    if [ -z "$qca" ] || [ "$qca" = "(none)" ]; then
        # Lists may simply be stale on a fresh machine.
        tfk_as_root apt-get update -qq >/dev/null 2>&1 || true
        qca=$(apt-cache policy libqca-qt6-dev 2>/dev/null | awk '/Candidate:/ {print $2}')
    fi
    [ -n "$qca" ] && [ "$qca" != "(none)" ] || return 1
    qt=$(apt-cache policy qt6-base-dev 2>/dev/null | awk '/Candidate:/ {print $2}')
    [ -n "$qt" ] && [ "$qt" != "(none)" ] || return 1
    dpkg --compare-versions "$qt" ge 6.8 && return 0
    return 1
}

tfk_choose_mode() {
    case "${TFK_BUILD_ENV:-auto}" in
    native | root)
        echo "$TFK_BUILD_ENV"
        return
        ;;
    auto) ;;
    *) tfk_die "TFK_BUILD_ENV must be native, root or auto, not '${TFK_BUILD_ENV}'" ;;
    esac
    if tfk_host_has_all_packages; then
        echo native
    elif [ -d "$TFK_ROOT/usr" ] && [ -f "$TFK_ROOT/.tfk-stamp" ]; then
        # A root made earlier: cheaper than asking apt about the host.
        echo root
    elif tfk_host_apt_can_install; then
        echo native-install
    elif command -v dpkg-query >/dev/null 2>&1; then
        echo root
    else
        tfk_die "this host has no dpkg and TFK_BUILD_ENV is not set. On a host with Qt >= 6.8, QCA for Qt 6" \
            "(with its OpenSSL plugin), liboath, libsodium, libphonenumber and Google Benchmark, run with TFK_BUILD_ENV=native."
    fi
}

tfk_install_host_tools() {
    local need=()
    command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
    command -v bwrap >/dev/null 2>&1 || need+=(bubblewrap)
    if [ ${#need[@]} -gt 0 ]; then
        tfk_log "installing host tools: ${need[*]}"
        tfk_as_root apt-get update -qq
        tfk_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
    fi
}

tfk_packages_hash() { tfk_packages | sha256sum | cut -d' ' -f1; }

# Creates (debootstrap) and fills (apt-get install) the Debian 13 root, under a lock so that
# concurrent runs wait instead of corrupting it.
tfk_prepare_root() {
    tfk_install_host_tools
    [ "$(id -u)" -eq 0 ] || tfk_die "creating the Debian 13 build root needs root (debootstrap, bubblewrap): run as root, or install Qt >= 6.8 and QCA for Qt 6 and use TFK_BUILD_ENV=native"
    mkdir -p "$(dirname "$TFK_ROOT")"
    exec 9>"$TFK_ROOT.lock"
    flock 9
    if [ ! -x "$TFK_ROOT/usr/bin/apt-get" ] || [ ! -f "$TFK_ROOT/.tfk-debootstrap-done" ]; then
        tfk_log "creating the Debian 13 build root in $TFK_ROOT (about 30 s)"
        rm -rf "$TFK_ROOT"
        mkdir -p "$TFK_ROOT"
        local logfile="$TFK_ROOT.debootstrap.log"
        if ! debootstrap --variant=minbase "$TFK_SUITE" "$TFK_ROOT" "$TFK_MIRROR" >"$logfile" 2>&1; then
            tail -n 20 "$logfile" >&2
            tfk_die "debootstrap failed (full log: $logfile)"
        fi
        touch "$TFK_ROOT/.tfk-debootstrap-done"
    fi
    local want
    want=$(tfk_packages_hash)
    if [ "$(cat "$TFK_ROOT/.tfk-stamp" 2>/dev/null)" != "$want" ]; then
        tfk_log "installing the package list into the build root (about 40 s)"
        local logfile="$TFK_ROOT.apt.log"
        # shellcheck disable=SC2046
        if ! tfk_bwrap env DEBIAN_FRONTEND=noninteractive sh -c 'apt-get update && apt-get install -y --no-install-recommends "$@"' \
            apt $(tfk_packages) >"$logfile" 2>&1; then
            tail -n 20 "$logfile" >&2
            tfk_die "apt-get install inside the build root failed (full log: $logfile)"
        fi
        echo "$want" >"$TFK_ROOT/.tfk-stamp"
    fi
    exec 9>&-
}

tfk_prepare_native_install() {
    tfk_log "installing the package list on this host with apt"
    # shellcheck disable=SC2046
    tfk_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(tfk_packages) >/dev/null
}

tfk_bwrap() {
    local args=(--bind "$TFK_ROOT" / --proc /proc --dev /dev --ro-bind /etc/resolv.conf /etc/resolv.conf
        --bind /tmp /tmp --die-with-parent --setenv PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
    # The repository at the same absolute path, so build trees and error messages mean the same inside and out.
    args+=(--bind "$TFK_REPO" "$TFK_REPO")
    if [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ]; then
        args+=(--ro-bind "$XAUTHORITY" "$XAUTHORITY")
    fi
    if [ -d /dev/shm ]; then
        args+=(--bind /dev/shm /dev/shm)
    fi
    bwrap "${args[@]}" --chdir "$PWD" "$@"
}

# Sets TFK_MODE and makes tfk_exec ready. Call once at the top of each script.
tfk_setup() {
    TFK_MODE=$(tfk_choose_mode)
    case "$TFK_MODE" in
    native) ;;
    native-install)
        tfk_prepare_native_install
        TFK_MODE=native
        ;;
    root) tfk_prepare_root ;;
    esac
    tfk_log "build environment: $TFK_MODE$([ "$TFK_MODE" = root ] && echo " ($TFK_ROOT)")"
}

# Runs a command in the chosen environment (DISPLAY, XAUTHORITY, CI and the rest of the
# environment pass through).
tfk_exec() {
    if [ "$TFK_MODE" = root ]; then
        tfk_bwrap "$@"
    else
        "$@"
    fi
}

# Configures and builds one CMake preset: everything, or only the targets named after it.
tfk_build() {
    local preset="$1"
    shift
    local targets=()
    if [ $# -gt 0 ]; then
        targets=(--target "$@")
    fi
    local extra=(-DTFK_WARNINGS_AS_ERRORS=OFF)
    if [ "${CI:-}" = true ]; then
        extra=(-DTFK_WARNINGS_AS_ERRORS=ON)
    fi
    mkdir -p "$TFK_REPO/build"
    local log="$TFK_REPO/build/configure-$preset.log"
    if ! tfk_exec cmake --preset "$preset" -S "$TFK_REPO" "${extra[@]}" >"$log" 2>&1; then
        cat "$log" >&2
        tfk_die "cmake configure failed for preset '$preset' (log: $log)"
    fi
    tfk_exec cmake --build --preset "$preset" "${targets[@]}"
}
