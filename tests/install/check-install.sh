#!/bin/bash
# Installs a build into a throw-away DESTDIR as `cmake --install` would for a package (prefix /usr) and
# checks the layout, the desktop and AppStream files, the man pages against --help, the service's
# hardening score; then builds the .deb with CPack and checks its contents, its Depends and lintian.
# Usage: check-install.sh BUILD_DIR [--no-deb]
set -euo pipefail

build=$(cd "$1" && pwd)
with_deb=yes
[ "${2:-}" = --no-deb ] && with_deb=no
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dest=$work/root
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

DESTDIR=$dest cmake --install "$build" --prefix /usr >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; exit 1; }

# Everything under /usr, in its FHS place.
expected=(
    usr/bin/twofactor-kiosk
    usr/bin/twilio-sink
    usr/share/applications/twofactor-kiosk.desktop
    usr/share/icons/hicolor/scalable/apps/twofactor-kiosk.svg
    usr/share/metainfo/io.github.twofactorkiosk.TwoFactorKiosk.metainfo.xml
    usr/share/man/man1/twofactor-kiosk.1.gz
    usr/share/man/man1/twilio-sink.1.gz
    usr/share/twofactor-kiosk/translations/twofactor-kiosk_de.qm
    usr/share/twofactor-kiosk/translations/twofactor-kiosk_es.qm
    usr/lib/systemd/system/twofactor-kiosk.service
    usr/share/doc/twofactor-kiosk/copyright
    usr/share/doc/twofactor-kiosk/changelog.gz
    usr/share/doc/twofactor-kiosk/examples/twofactor-kiosk.conf
    usr/share/doc/twofactor-kiosk/examples/environment.example
)
# Private libraries, in Debian's place for them: the phone numbers' engine (loaded at the first question)
# and libproxy's stand-in (shims/), when the build has it.
multiarch=$(c++ -print-multiarch 2>/dev/null || true)
private=usr/lib/${multiarch:+$multiarch/}twofactor-kiosk
expected+=("$private/libtfk-phonenumbers.so")
if [ -f "$build/lib/libproxy.so.1" ]; then
    expected+=("$private/libproxy.so.1")
fi
for file in "${expected[@]}"; do
    [ -f "$dest/$file" ] || fail "cmake --install did not install /$file"
done
outside=$(cd "$dest" && find . -mindepth 1 -maxdepth 1 ! -name usr)
[ -z "$outside" ] || fail "installed outside /usr: $outside"
unexpected=$(cd "$dest" && find . -type f | sed 's|^\./||' | sort | comm -23 - <(printf '%s\n' "${expected[@]}" | sort))
[ -z "$unexpected" ] || fail "installed but not expected here (add it to the list if it belongs): $unexpected"
[ -x "$dest/usr/bin/twofactor-kiosk" ] || fail "/usr/bin/twofactor-kiosk is not executable"

desktop-file-validate "$dest/usr/share/applications/twofactor-kiosk.desktop" >"$work/desktop.log" 2>&1 \
    || { cat "$work/desktop.log" >&2; fail "desktop-file-validate refused the .desktop file"; }
grep -q '^\[Desktop Action kiosk\]' "$dest/usr/share/applications/twofactor-kiosk.desktop" || fail "no Kiosk mode action"
grep -q '^Exec=twofactor-kiosk --kiosk$' "$dest/usr/share/applications/twofactor-kiosk.desktop" || fail "the Kiosk mode action does not start --kiosk"
# AppStream: no errors (the one warning left is the missing homepage URL, see README).
appstreamcli validate --no-net "$dest/usr/share/metainfo/io.github.twofactorkiosk.TwoFactorKiosk.metainfo.xml" \
    >"$work/appstream.log" 2>&1 || true
if grep -q '^E:' "$work/appstream.log"; then
    cat "$work/appstream.log" >&2
    fail "appstreamcli validate reports errors"
fi

# The man pages say what --help says: every option of each program is in its page.
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0
for program in twofactor-kiosk twilio-sink; do
    "$dest/usr/bin/$program" --help >"$work/$program.help" 2>&1 || fail "$program --help failed"
    options=$(grep -oE -- '--[a-z][a-z-]+' "$work/$program.help" | sort -u)
    [ "$(echo "$options" | wc -l)" -ge 3 ] || fail "$program --help lists almost no options"
    for option in $options; do
        zcat "$dest/usr/share/man/man1/$program.1.gz" | grep -qF -- "$(echo "$option" | sed 's/-/\\-/g')" \
            || fail "$program.1 does not mention $option (the man page is out of step with --help)"
    done
done
version=$(sed -n 's/^project(TwoFactorKiosk VERSION \([0-9.]*\).*/\1/p' "$(dirname "$0")/../../CMakeLists.txt")
"$dest/usr/bin/twofactor-kiosk" --version 2>&1 | grep -q "twofactor-kiosk $version (git " \
    || fail "twofactor-kiosk --version does not say $version and the git revision: $("$dest/usr/bin/twofactor-kiosk" --version 2>&1)"
zcat "$dest/usr/share/man/man1/twofactor-kiosk.1.gz" | grep -q '^\.SH COMMANDS' || fail "twofactor-kiosk.1 has no COMMANDS section"

# The service: valid for systemd, and hardened (exposure at most 2.0 of 10, "OK").
unit=$dest/usr/lib/systemd/system/twofactor-kiosk.service
systemd-analyze security --offline=true "$unit" >"$work/security.log" 2>&1 || true
exposure=$(sed -n 's/.*Overall exposure level for twofactor-kiosk.service: \([0-9.]*\).*/\1/p' "$work/security.log")
echo "systemd-analyze security: exposure ${exposure:-?}"
if [ -z "$exposure" ] || ! awk -v e="$exposure" 'BEGIN { exit !(e <= 2.0) }'; then
    tail -5 "$work/security.log" >&2
    fail "the service's exposure is ${exposure:-unknown}, above 2.0"
fi
for setting in DynamicUser=yes StateDirectory=twofactor-kiosk ProtectSystem=strict NoNewPrivileges=yes PrivateTmp=yes \
    'RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX' 'ExecStart=/usr/bin/twofactor-kiosk --headless --api'; do
    grep -q "^$setting" "$unit" || fail "the service lacks $setting"
done

if [ "$with_deb" = yes ]; then
    (cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb" >"$work/cpack.log" 2>&1) \
        || { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
    deb=$(ls "$work"/deb/twofactor-kiosk_*.deb 2>/dev/null | head -n1)
    if [ -z "$deb" ]; then
        fail "no twofactor-kiosk_*.deb was built"
    else
        echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"
        dpkg-deb -I "$deb" >"$work/info" || fail "dpkg-deb -I cannot read the package"
        depends=$(sed -n 's/^ Depends: //p' "$work/info")
        echo "Depends: $depends"
        # Named by hand (run-time plugins, the CA certificates) and computed by dpkg-shlibdeps (linked libraries).
        for package in ca-certificates libqca-qt6-plugins libqt6sql6-sqlite qt6-svg-plugins libqt6core6t64 \
            libqt6widgets6 libqt6network6 libqca-qt6-2 libsodium23 libphonenumber libqt6keychain1; do
            echo "$depends" | grep -qE "(^|, )$package" || fail "Depends lacks $package"
        done
        dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./||' >"$work/contents"
        for file in "${expected[@]}"; do
            grep -qx "$file" "$work/contents" || fail "the package lacks /$file"
        done
        if command -v lintian >/dev/null; then
            lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || true
            cat "$work/lintian.log"
            grep -q '^E:' "$work/lintian.log" && fail "lintian reports errors"
        fi
    fi
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures failed, 0 passed"
    exit 1
fi
echo "install layout: every check passed"
