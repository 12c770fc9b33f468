#!/usr/bin/env bash
# HTTP benchmark (not a test): starts rapport on SQLite in a temp directory, signs up one
# person, and measures GET /healthz, GET and PUT of check-ins with wrk, printing each as req/s
# and as a ratio to /healthz. Usage: bench/run.sh [BUILD_DIR] [SECONDS] [CONNECTIONS]
set -euo pipefail
build=${1:-build}
seconds=${2:-10}
connections=${3:-32}
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/$build/app/rapport"
dir=$(mktemp -d)
port=$(( 20000 + RANDOM % 20000 ))
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$dir"' EXIT

"$bin" serve --listen "127.0.0.1:$port" --data-dir "$dir" >"$dir/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done

base="http://127.0.0.1:$port"
cookie=$(curl -fs -D - -o /dev/null -H 'Content-Type: application/json' -H 'X-Rapport-CSRF: 1' \
  -d '{"email":"bench@example.com","password":"benchmark password"}' "$base/api/v1/signup" |
  sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p')
today=$(date -u +%F)
curl -fs -o /dev/null -X PUT -H "Cookie: $cookie" -H 'Content-Type: application/json' -H 'X-Rapport-CSRF: 1' \
  -d '{"moments":["shared_feeling","hug_or_kiss"],"closeness":5,"feelings":["calm"],"note":"benchmark"}' \
  "$base/api/v1/checkins/$today"

run() {  # name, lua script, path
  COOKIE="$cookie" wrk -t2 -c"$connections" -d"${seconds}s" -s "$root/bench/wrk/$2" "$base$3" |
    awk '/Requests\/sec/ {print $2}'
}
health=$(run healthz plain.lua /healthz)
get=$(run get plain.lua "/api/v1/checkins/$today")
put=$(run put put_checkin.lua "/api/v1/checkins/$today")
echo "wrk: 2 threads, $connections connections, ${seconds}s each, SQLite (WAL, synchronous=FULL)"
printf '%-28s %10s req/s  %5s\n' "GET /healthz" "$health" "1.00"
printf '%-28s %10s req/s  %5.2f\n' "GET /api/v1/checkins/{day}" "$get" "$(echo "$get / $health" | bc -l)"
printf '%-28s %10s req/s  %5.2f\n' "PUT /api/v1/checkins/{day}" "$put" "$(echo "$put / $health" | bc -l)"
