#!/usr/bin/env bash
# Installs what building, running and testing Rapport needs, from Debian 12's packages only.
# Idempotent: asks apt only for what is missing, so a second run costs a dpkg query.
# Usage: scripts/install-deps.sh [run|test]   ("test" adds PostgreSQL, Chromium and wrk)
set -euo pipefail
mode=${1:-run}

packages=(
  build-essential cmake ninja-build pkg-config
  libboost1.81-dev libboost-url1.81-dev libboost-json1.81-dev
  libsoci-dev libsqlite3-dev libpq-dev libsodium-dev libspdlog-dev libcli11-dev libssl-dev
  nodejs npm
)
if [ "$mode" = test ]; then
  packages+=(libgtest-dev libgmock-dev libbenchmark-dev postgresql-15 wrk curl bc openssl chromium)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# A newer Node.js from the image satisfies the web build as well as Debian's own.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
read -r -a missing <<<"${missing[*]}"
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
