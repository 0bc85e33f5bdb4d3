#!/usr/bin/env bash
# The body of scripts/bench-startup, inside the build environment: BIN_DIR USERS.
set -euo pipefail
bin="$1"
users="$2"
work=$(mktemp -d)
pid=
cleanup() {
    # The window ends by SIGTERM: its status (143) is not the script's.
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen
kiosk=("$bin/twofactor-kiosk" --settings "$work/kiosk.conf" --database "$work/kiosk.db")

# Users with an Argon2id hash already made (hashing a million passwords would take a day), valid US
# mobile numbers, generated names.
hash='$argon2id$v=19$m=65536,t=2,p=1$w1+xhrneSaTrdgjc1xH2cQ$ycxvZYsN5wUjb09AB2DFPtD51Lo2JTXrpPjtmF3Bydk'
awk -v n="$users" -v hash="$hash" 'BEGIN {
    split("Richard Monica Jared Bertram Dinesh Erlich Laurie Gavin Jian Ana Mateo Aiko Olu Priya Noah Lena", first, " ")
    split("Hendricks Hall Dunn Gilfoyle Chugtai Bachman Bream Belson Yang Nakamura Okafor Larsen Schmidt Silva", last, " ")
    split("201 415 212 312 617 303 206 512", area, " ")
    print "email,fullName,mobilePhone,password,encryptionScheme"
    for (i = 0; i < n; i++) {
        f = first[i % 16 + 1]; l = last[int(i / 16) % 14 + 1]
        # The PHC string holds commas (m=65536,t=2,p=1): quoted, as CSV has it.
        printf "%s.%s.%d@example.com,%s %s %d,+1%s%03d%04d,\"%s\",argon2id\n", tolower(f), tolower(l), i, f, l, i,
            area[i % 8 + 1], 200 + int(i / 8) % 800, int(i / 6400) % 10000, hash
    }
}' >"$work/users.csv"
echo "importing $users users with 'twofactor-kiosk users import' (CSV, pre-hashed) ..."
start=$(date +%s.%N)
"${kiosk[@]}" users import "$work/users.csv" 2>"$work/import.log" || { tail -5 "$work/import.log"; exit 1; }
end=$(date +%s.%N)
tail -2 "$work/import.log"
awk -v s="$start" -v e="$end" -v n="$users" 'BEGIN { printf "import: %.1f s, %.0f users/s\n", e - s, n / (e - s) }'
ls -l "$work/kiosk.db" | awk '{ printf "database: %.0f MB\n", $5 / 1e6 }'

echo
hyperfine --warmup 2 --runs 10 --export-json "$work/start.json" \
    "${kiosk[*]} --screenshot $work/kiosk.png" "$bin/minimal_window $work/minimal.png"
awk 'BEGIN { RS = "\"command\"" } NR > 1 { match($0, /"median": *[0-9.]+/); m[NR - 1] = substr($0, RSTART, RLENGTH); sub(/.*: */, "", m[NR - 1]) }
    END { k = m[1] - 0.5; w = m[2] - 0.5
          printf "cold start (median minus the 500 ms wait): kiosk %.0f ms, minimal window %.0f ms: %.2fx (budget <= 1.5x)\n", k * 1000, w * 1000, k / w }' \
    "$work/start.json"

"${kiosk[@]}" >/dev/null 2>&1 &
pid=$!
sleep 5
rss=$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status")
awk -v r="$rss" -v n="$users" 'BEGIN { printf "idle memory of the window, %d users: %.0f MB (budget <= 100 MB)\n", n, r / 1024 }'
