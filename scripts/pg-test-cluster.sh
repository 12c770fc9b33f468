#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for tests.
#
#   scripts/pg-test-cluster.sh start DIR [PORT]   initdb into DIR/data, start it on 127.0.0.1,
#                                                 create database rapport_test, print its URL
#                                                 and write it to DIR/url
#   scripts/pg-test-cluster.sh stop DIR           stop the cluster and delete its data
#
# PORT is where the search for a free port starts (default 55432): several build directories
# (and so several clusters) may run tests at the same time. Authentication is `trust`, and only
# on 127.0.0.1 and on the private socket directory DIR/sock; fsync is off. Never point this at
# data you care about: `start` wipes DIR/data first.
#
# PostgreSQL refuses to run as root: as root, every server command runs as the `postgres` user
# (created by Debian's package) and DIR is handed to that user.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
SUPERUSER=rapport
DATABASE=rapport_test

usage() {
  echo "usage: $0 start DIR [PORT] | stop DIR" >&2
  exit 2
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_in_use() {
  # bash's /dev/tcp connects; success means someone listens there.
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

stop_cluster() {
  local dir=$1
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$PG_BIN/pg_ctl" -D "$dir/data" stop -m immediate -w >/dev/null 2>&1 || true
  fi
}

start() {
  local dir=$1 port=${2:-55432}
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  stop_cluster "$dir"
  rm -rf "$dir/data" "$dir/sock" "$dir/url"
  mkdir -p "$dir/data" "$dir/sock"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$dir"
  fi
  chmod 700 "$dir/data"

  as_owner "$PG_BIN/initdb" -D "$dir/data" -U "$SUPERUSER" --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
  }
  # Only the socket directory and the loopback address may connect.
  cat >"$dir/data/pg_hba.conf" <<EOF
local all all trust
host  all all 127.0.0.1/32 trust
EOF

  local attempt
  for attempt in $(seq 1 20); do
    while port_in_use "$port"; do port=$((port + 1)); done
    if as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null 2>&1; then
      break
    fi
    # Most likely another cluster took the port between our check and the bind: try the next.
    stop_cluster "$dir"
    port=$((port + 1))
    if [ "$attempt" -eq 20 ]; then
      echo "pg-test-cluster: could not start PostgreSQL; see $dir/server.log" >&2
      tail -n 20 "$dir/server.log" >&2 || true
      exit 1
    fi
  done

  as_owner "$PG_BIN/pg_isready" -q -h "$dir/sock" -p "$port" -t 30
  as_owner "$PG_BIN/createdb" -h "$dir/sock" -p "$port" -U "$SUPERUSER" "$DATABASE"
  local url="postgresql://$SUPERUSER@127.0.0.1:$port/$DATABASE"
  echo "$url" >"$dir/url"
  echo "$url"
}

stop() {
  local dir=$1
  [ -d "$dir" ] || exit 0
  stop_cluster "$dir"
  rm -rf "$dir/data" "$dir/sock" "$dir/url"
}

[ $# -ge 2 ] || usage
case "$1" in
  start) start "$2" "${3:-55432}" ;;
  stop) stop "$2" ;;
  *) usage ;;
esac
