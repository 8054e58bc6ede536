#!/usr/bin/env bash
# The cluster topology as local processes on 127.0.0.1: PostgreSQL (own data folder, run as the postgres user),
# N silos, the model simulator (when built) and one API host. The same topology as docker-compose.yml.
#
#   scripts/cluster.sh up [--silos N]   build (Release), start everything, wait until ready, print API=, ADMIN_KEY=, PG=, SIM=, SILO<i>_PID=
#   scripts/cluster.sh down [--purge]   stop everything it started, by PID (--purge also deletes the database)
#   scripts/cluster.sh kill-silo I      SIGKILL silo I
#   scripts/cluster.sh start-silo I     start silo I again (or a new one), wait until ready, print SILO<i>_PID=
#   scripts/cluster.sh status           processes and the membership table
#
# Ports and names come from the environment (defaults in brackets): PG_PORT [55432], API_PORT [5180],
# SIM_PORT [5190], SILO_HTTP_PORT_BASE [5201], SILO_PORT_BASE [11111], GATEWAY_PORT_BASE [30000] (silo i takes
# base + i - 1), CLUSTER_ID [llmactors], SERVICE_ID [llmactors], ADMIN_KEY [generated once, kept in .cluster/],
# CLUSTER_STATE [.cluster], CONFIG [Release], SKIP_BUILD [unset], READY_TIMEOUT [120 s].
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
state=${CLUSTER_STATE:-$root/.cluster}
config=${CONFIG:-Release}
pg_port=${PG_PORT:-55432}
api_port=${API_PORT:-5180}
sim_port=${SIM_PORT:-5190}
silo_http_base=${SILO_HTTP_PORT_BASE:-5201}
silo_port_base=${SILO_PORT_BASE:-11111}
gateway_port_base=${GATEWAY_PORT_BASE:-30000}
cluster_id=${CLUSTER_ID:-llmactors}
service_id=${SERVICE_ID:-llmactors}
ready_timeout=${READY_TIMEOUT:-120}
database=llmactors
pg_conn="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$database"
bin() { echo "$root/$1/bin/$config/net10.0/$2.dll"; }

die() { echo "cluster.sh: $*" >&2; exit 1; }
# A SIGKILLed process can linger as a zombie until it is reaped; that counts as stopped.
alive() {
  local st
  [ -f "$1" ] && st=$(ps -o stat= -p "$(cat "$1")" 2>/dev/null) && [ -n "$st" ] && [[ $st != Z* ]]
}

# Runs a PostgreSQL server program as the postgres user: the server refuses to run as root.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
  [ -n "${PG_BIN:-}" ] || PG_BIN=$(scripts/ensure-postgres.sh)
  echo "$PG_BIN"
}

# Starts a program detached from this shell (own session), logging to a file; records its PID.
spawn() {
  local name=$1; shift
  setsid "$@" >"$state/$name.log" 2>&1 </dev/null &
  echo $! >"$state/$name.pid"
}

# The admin key: ADMIN_KEY, else the one kept in the state folder (generated once). API host, silos (their
# dashboard and /stats) and the simulator's fault route all take it.
admin_key() {
  if [ -n "${ADMIN_KEY:-}" ]; then echo "$ADMIN_KEY"; return; fi
  [ -f "$state/admin_key" ] || (umask 077; echo "llma_admin_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')" >"$state/admin_key")
  cat "$state/admin_key"
}

wait_http() {
  local url=$1 what=$2 deadline=$((SECONDS + ready_timeout))
  until curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || die "$what not ready at $url after ${ready_timeout}s (see $state/*.log)"
    sleep 0.5
  done
}

start_postgres() {
  local bin data
  bin=$(pg_bin)
  data="$state/pg/data"
  if alive "$state/pg.pid"; then return; fi
  mkdir -p "$state/pg"
  [ "$(id -u)" -ne 0 ] || chown postgres "$state/pg"
  if [ ! -f "$data/PG_VERSION" ]; then
    as_postgres "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$state/pg/initdb.log" 2>&1 \
      || die "initdb failed (see $state/pg/initdb.log; the postgres user must be able to reach $state)"
  fi
  as_postgres "$bin/pg_ctl" -D "$data" -l "$state/pg/server.log" -w -t 60 \
    -o "-p $pg_port -k $state/pg -c listen_addresses=127.0.0.1" start >/dev/null || die "PostgreSQL did not start (see $state/pg/server.log)"
  head -1 "$data/postmaster.pid" >"$state/pg.pid"
  if ! "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
    "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE $database" >/dev/null
  fi
}

start_silo() {
  local i=$1
  spawn "silo$i" env \
    ConnectionStrings__Postgres="$pg_conn" \
    Orleans__ClusterId="$cluster_id" Orleans__ServiceId="$service_id" \
    Orleans__SiloPort=$((silo_port_base + i - 1)) Orleans__GatewayPort=$((gateway_port_base + i - 1)) \
    Orleans__AdvertisedIP=127.0.0.1 \
    Auth__AdminKey="$(admin_key)" \
    ${SIM_URL:+Models__Providers__sim__Endpoint="$SIM_URL/sim/v1"} \
    dotnet "$(bin silo LlmActors.Silo)" --urls "http://127.0.0.1:$((silo_http_base + i - 1))"
}

cmd_up() {
  local silos=3
  while [ $# -gt 0 ]; do
    case $1 in
      --silos) silos=${2:?--silos needs a number}; shift 2 ;;
      *) die "unknown option $1" ;;
    esac
  done
  [[ $silos =~ ^[1-9][0-9]*$ ]] || die "--silos needs a positive number"
  for f in "$state"/silo*.pid "$state/api.pid"; do
    if alive "$f"; then die "already up ($(basename "$f" .pid) is running); run '$0 down' first"; fi
  done
  mkdir -p "$state"

  if [ -z "${SKIP_BUILD:-}" ]; then
    dotnet build "$root/LlmActors.sln" -c "$config" -nologo -v q >"$state/build.log" 2>&1 || die "build failed (see $state/build.log)"
  fi

  local admin_key
  admin_key=$(admin_key)
  # Kept so start-silo gives a restarted silo the same key as the API host.
  (umask 077; echo "$admin_key" >"$state/admin_key")

  start_postgres

  SIM_URL=""
  local sim_dll
  sim_dll=$(bin model-sim LlmActors.ModelSim)
  if [ -f "$sim_dll" ]; then
    spawn sim env Auth__AdminKey="$admin_key" dotnet "$sim_dll" --urls "http://127.0.0.1:$sim_port"
    SIM_URL="http://127.0.0.1:$sim_port"
  else
    echo "cluster.sh: $sim_dll not built; starting without the model simulator" >&2
  fi

  rm -f "$state"/silo*.pid
  # All at once on purpose: the schema migrator's advisory lock lets them share an empty database.
  for i in $(seq 1 "$silos"); do start_silo "$i"; done
  echo "$silos" >"$state/silos"
  for i in $(seq 1 "$silos"); do wait_http "http://127.0.0.1:$((silo_http_base + i - 1))/readyz" "silo $i"; done
  [ -z "$SIM_URL" ] || wait_http "$SIM_URL/healthz" "model simulator"

  spawn api env \
    ConnectionStrings__Postgres="$pg_conn" \
    Orleans__ClusterId="$cluster_id" Orleans__ServiceId="$service_id" \
    Auth__AdminKey="$admin_key" \
    dotnet "$(bin client-api LlmActors.Api)" --urls "http://127.0.0.1:$api_port"
  wait_http "http://127.0.0.1:$api_port/readyz" "API"

  echo "API=http://127.0.0.1:$api_port"
  echo "ADMIN_KEY=$admin_key"
  echo "PG=$pg_conn"
  echo "SIM=$SIM_URL"
  for i in $(seq 1 "$silos"); do echo "SILO${i}_PID=$(cat "$state/silo$i.pid")"; done
}

stop_pid_file() {
  local f=$1 pid
  [ -f "$f" ] || return 0
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

cmd_down() {
  [ -d "$state" ] || { echo "nothing to stop"; return; }
  stop_pid_file "$state/api.pid"
  for f in "$state"/silo*.pid; do stop_pid_file "$f"; done
  stop_pid_file "$state/sim.pid"
  if alive "$state/pg.pid"; then
    as_postgres "$(pg_bin)/pg_ctl" -D "$state/pg/data" -m fast -w stop >/dev/null || stop_pid_file "$state/pg.pid"
  fi
  rm -f "$state/pg.pid"
  if [ "${1:-}" = "--purge" ]; then rm -rf "$state"; fi
  echo "down"
}

cmd_kill_silo() {
  local i=${1:?kill-silo needs a silo number} f
  f="$state/silo$i.pid"
  alive "$f" || die "silo $i is not running"
  kill -KILL "$(cat "$f")"
  # The signal is delivered asynchronously; return once the process is really gone.
  for _ in $(seq 1 50); do alive "$f" || break; sleep 0.1; done
  echo "SILO${i}_KILLED=$(cat "$f")"
}

cmd_start_silo() {
  local i=${1:?start-silo needs a silo number}
  [[ $i =~ ^[1-9][0-9]*$ ]] || die "start-silo needs a positive number"
  alive "$state/silo$i.pid" && die "silo $i is already running"
  alive "$state/pg.pid" || die "the cluster is not up"
  SIM_URL=""
  if alive "$state/sim.pid"; then SIM_URL="http://127.0.0.1:$sim_port"; fi
  start_silo "$i"
  wait_http "http://127.0.0.1:$((silo_http_base + i - 1))/readyz" "silo $i"
  echo "SILO${i}_PID=$(cat "$state/silo$i.pid")"
}

cmd_status() {
  local name f
  for f in "$state/pg.pid" "$state/sim.pid" "$state"/silo*.pid "$state/api.pid"; do
    [ -f "$f" ] || continue
    name=$(basename "$f" .pid)
    if alive "$f"; then echo "$name: running (pid $(cat "$f"))"; else echo "$name: stopped (pid $(cat "$f"))"; fi
  done
  if alive "$state/pg.pid"; then
    "$(pg_bin)/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d "$database" -c \
      "SELECT address, port, gateway_port, generation, status, i_am_alive_time FROM cluster_silos WHERE cluster_id = '$cluster_id'
       AND (status <> 'dead' OR i_am_alive_time > now() - interval '10 minutes') ORDER BY start_time"
  fi
}

case ${1:-} in
  up) shift; cmd_up "$@" ;;
  down) shift; cmd_down "$@" ;;
  kill-silo) shift; cmd_kill_silo "$@" ;;
  start-silo) shift; cmd_start_silo "$@" ;;
  status) cmd_status ;;
  *) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
