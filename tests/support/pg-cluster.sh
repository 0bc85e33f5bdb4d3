#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for tests and demos.
#   pg-cluster.sh start DIR   initdb a new cluster in DIR (any old one there is stopped and removed),
#                             start it on a free loopback port, write its URL to DIR/url
#   pg-cluster.sh stop DIR    stop it (fast shutdown); the files stay for a post-mortem
#   pg-cluster.sh restart DIR start the stopped cluster again on the same port
#   pg-cluster.sh destroy DIR stop it and remove DIR
# initdb refuses to run as root: as root, the cluster belongs to the "postgres" user (created by the
# postgresql package), entered with runuser. Its files live in a fresh folder under ${TMPDIR:-/tmp}
# (the repository's folders may be closed to that user); DIR holds the URL, the port and that folder's
# name. Made for speed, not durability: fsync is off.
set -euo pipefail

cmd="${1:?usage: pg-cluster.sh start|stop|restart|destroy DIR}"
dir="${2:?usage: pg-cluster.sh start|stop|restart|destroy DIR}"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"

bindir=""
for candidate in ${TFK_PG_BINDIR:-} /usr/lib/postgresql/*/bin; do
    if [ -n "$candidate" ] && [ -x "$candidate/initdb" ]; then
        bindir="$candidate"
    fi
done
[ -n "$bindir" ] || {
    echo "pg-cluster: no PostgreSQL server found (initdb in /usr/lib/postgresql/*/bin); install postgresql-17 (scripts/debian-packages.txt)" >&2
    exit 1
}

data=""
if [ -f "$dir/datadir" ]; then
    data="$(cat "$dir/datadir")"
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pg_running() { [ -n "$data" ] && [ -f "$data/pgdata/postmaster.pid" ] && as_owner "$bindir/pg_ctl" -D "$data/pgdata" status >/dev/null 2>&1; }

start_on() {
    local port="$1"
    as_owner "$bindir/pg_ctl" -D "$data/pgdata" -l "$data/server.log" -w -t 30 \
        -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=300" \
        start >/dev/null
}

case "$cmd" in
start)
    if pg_running; then
        as_owner "$bindir/pg_ctl" -D "$data/pgdata" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    [ -z "$data" ] || rm -rf "$data"
    rm -f "$dir/url" "$dir/port" "$dir/datadir"
    data="$(mktemp -d "${TMPDIR:-/tmp}/tfk-pg.XXXXXX")"
    echo "$data" >"$dir/datadir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$data"
    fi
    as_owner "$bindir/initdb" -D "$data/pgdata" -U tfk -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    # A free port: try random ones until the server binds (another build may hold one).
    for _ in $(seq 1 20); do
        port=$((20000 + RANDOM % 40000))
        if start_on "$port" 2>/dev/null; then
            echo "$port" >"$dir/port"
            echo "postgresql://tfk@127.0.0.1:$port/postgres" >"$dir/url"
            echo "pg-cluster: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
            exit 0
        fi
    done
    echo "pg-cluster: the server did not start; its log:" >&2
    tail -n 20 "$data/server.log" >&2 || true
    exit 1
    ;;
restart)
    port="$(cat "$dir/port")"
    pg_running || start_on "$port"
    ;;
stop)
    if pg_running; then
        as_owner "$bindir/pg_ctl" -D "$data/pgdata" -m fast -w stop >/dev/null
    fi
    ;;
destroy)
    if pg_running; then
        as_owner "$bindir/pg_ctl" -D "$data/pgdata" -m immediate -w stop >/dev/null || true
    fi
    [ -z "$data" ] || rm -rf "$data"
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg-cluster.sh start|stop|restart|destroy DIR" >&2
    exit 2
    ;;
esac
