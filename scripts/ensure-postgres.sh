#!/usr/bin/env bash
# Makes sure PostgreSQL server binaries (initdb, pg_ctl) are installed; prints their folder.
# Tests and scripts/cluster.sh start throwaway servers from these binaries in their own data folders.
set -euo pipefail

find_bin() {
  local d
  for d in ${PG_BIN:-} /usr/lib/postgresql/*/bin; do
    if [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
      echo "$d"
      return 0
    fi
  done
  return 1
}

if bin=$(find_bin); then
  echo "$bin"
  exit 0
fi

echo "PostgreSQL server binaries not found; installing the postgresql package" >&2
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq >&2
$sudo_cmd apt-get install -y -qq postgresql >&2
# The package may start its own cluster on 5432; we never use it.
bin=$(find_bin) || { echo "postgresql installed but initdb not found" >&2; exit 1; }
echo "$bin"
