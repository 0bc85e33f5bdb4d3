#!/usr/bin/env bash
# The body of scripts/bench-api, run inside the build environment: BINARY SECONDS.
set -euo pipefail
bin="$1"
seconds="$2"
work=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# wrk scripts: each wrk thread (one connection each) signs in as its own user, so no account sees
# more than one login at a time.
cat >"$work/login.lua" <<'LUA'
local counter = 0
function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
end
function init(args)
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
    wrk.headers["Authorization"] = os.getenv("TFK_BENCH_KEY")
    wrk.body = string.format('{"loginId":"bench%d@example.com","password":"correct horse battery"}', id)
end
LUA

start_server() { # THREADS PORT
    rm -f "$work/kiosk.db"* "$work/kiosk.conf"
    printf '[performance]\npasswordThreads=%s\n' "$1" >"$work/kiosk.conf"
    key=$("$bin" --settings "$work/kiosk.conf" --database "$work/kiosk.db" api-key create --name bench 2>/dev/null)
    export TFK_BENCH_KEY="$key"
    "$bin" --settings "$work/kiosk.conf" --database "$work/kiosk.db" --headless --api --mock-sms \
        --api-listen "127.0.0.1:$2" 2>"$work/server.log" &
    pid=$!
    for _ in $(seq 100); do
        curl -s -o /dev/null "http://127.0.0.1:$2/api/two-factor/secret" -H "Authorization: $key" && break
        sleep 0.1
    done
    for i in 0 1 2 3; do
        curl -s -o /dev/null -w '' -H "Authorization: $key" -H 'Content-Type: application/json' -X POST \
            "http://127.0.0.1:$2/api/user" \
            -d "{\"user\":{\"email\":\"bench$i@example.com\",\"password\":\"correct horse battery\"}}"
    done
}
stop_server() {
    kill -TERM "$pid"
    wait "$pid" || true
    pid=
}
# "requests/s p50 p99" from wrk's --latency output (latencies in ms).
summary() {
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
        /Non-2xx/ { non2xx = $NF }
        END { printf "%.1f %.2f %.2f %d\n", rps, p50, p99, non2xx }'
}
cheap() { wrk -t1 -c4 -d"${1}s" --latency -H "Authorization: $TFK_BENCH_KEY" "http://127.0.0.1:$2/api/two-factor/secret" | summary; }
logins() { wrk -t4 -c4 -d"${1}s" --latency -s "$work/login.lua" "http://127.0.0.1:$2/api/login" | summary; }

port=$((20000 + RANDOM % 20000))
echo "cores: $(nproc); ${seconds} s per measurement; release build; mock SMS sink"

start_server 1 "$port"
read -r one_rps one_p50 one_p99 one_bad < <(logins "$seconds" "$port")
stop_server

port=$((port + 1))
start_server 0 "$port"
read -r idle_rps idle_p50 idle_p99 _ < <(cheap "$seconds" "$port")
read -r all_rps all_p50 all_p99 all_bad < <(logins "$seconds" "$port")
logins $((seconds + 2)) "$port" >"$work/busy-logins.txt" &
loader=$!
sleep 1
read -r busy_rps busy_p50 busy_p99 _ < <(cheap "$seconds" "$port")
wait "$loader"
read -r during_rps _ _ _ <"$work/busy-logins.txt"
stop_server

printf '\n%-58s %10s %9s %9s\n' "measurement" "req/s" "p50 ms" "p99 ms"
printf '%-58s %10s %9s %9s\n' "GET secret, idle" "$idle_rps" "$idle_p50" "$idle_p99"
printf '%-58s %10s %9s %9s\n' "GET secret while 4 clients sign in" "$busy_rps" "$busy_p50" "$busy_p99"
printf '%-58s %10s %9s %9s\n' "POST /api/login (Argon2id), 1 password worker" "$one_rps" "$one_p50" "$one_p99"
printf '%-58s %10s %9s %9s\n' "POST /api/login (Argon2id), one worker per core" "$all_rps" "$all_p50" "$all_p99"
printf '%-58s %10s\n' "POST /api/login while the cheap requests ran" "$during_rps"
echo
awk -v busy="$busy_rps" -v idle="$idle_rps" -v p99="$busy_p99" -v all="$all_rps" -v one="$one_rps" 'BEGIN {
    printf "cheap request under sign-in load: %.0f%% of the idle rate (budget >= 25%%), p99 %.2f ms (budget < 25 ms)\n", 100 * busy / idle, p99
    printf "password logins, workers per core vs one worker: %.2fx (budget >= 1.6x)\n", all / one
}'
if [ "${one_bad:-0}" != 0 ] || [ "${all_bad:-0}" != 0 ]; then
    echo "warning: some logins were not answered 200 ($one_bad, $all_bad): see the server log" >&2
fi
