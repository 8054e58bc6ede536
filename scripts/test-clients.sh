#!/usr/bin/env bash
# The client compatibility suite: real Node clients (tests/clients) against the embedded API host.
# Builds nothing: scripts/test.sh has built the solution ($CONFIG, default Release). Installs Node.js and npm if
# they are missing (scripts/ensure-node.sh), runs `npm ci` when node_modules is missing or from another lockfile,
# starts `dotnet client-api/bin/$CONFIG/net10.0/LlmActors.Api.dll` on free ports with the simulator at full speed,
# gives each test file its own project key, runs `node --test`, always stops the host (by its PID), and ends with
# "N passed, N failed". Arguments, if any, are test files relative to tests/clients (default: all *.test.mjs).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
config=${CONFIG:-Release}
suite="$root/tests/clients"
results="$root/.tmp/test-results"
mkdir -p "$results"
dll="$root/client-api/bin/$config/net10.0/LlmActors.Api.dll"
host_log="$results/clients-host.log"
tap="$results/clients.tap"
host_pid=""

fail() {
  echo "client suite: $1"
  echo "0 passed, 1 failed"
  exit 1
}

stop_host() {
  [ -n "$host_pid" ] || return 0
  if kill -0 "$host_pid" 2>/dev/null; then
    kill "$host_pid" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$host_pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$host_pid" 2>/dev/null
  fi
  wait "$host_pid" 2>/dev/null
  host_pid=""
}
trap stop_host EXIT
trap 'exit 130' INT TERM

node_bin=$(scripts/ensure-node.sh) || fail "could not install Node.js 20.14+ and npm"
export PATH="$node_bin:$PATH"
[ -f "$dll" ] || fail "$dll is missing: build the solution first (scripts/test.sh does)"

stamp="$suite/node_modules/.llmactors-lock.sha256"
lock_hash=$(sha256sum "$suite/package-lock.json" | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_hash" ]; then
  echo "installing the client packages (npm ci)"
  (cd "$suite" && npm ci --no-audit --no-fund) || fail "npm ci failed"
  echo "$lock_hash" > "$stamp"
fi

if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(cd "$suite" && find . -name '*.test.mjs' -not -path './node_modules/*' | sed 's#^\./##' | sort)
fi
[ ${#files[@]} -gt 0 ] || fail "no test files under tests/clients"

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
http_port=$(free_port) && silo_port=$(free_port) && gateway_port=$(free_port) || fail "no free port"
admin_key="clients-$(node -e 'console.log(require("crypto").randomBytes(24).toString("base64url"))')"
base_url="http://127.0.0.1:$http_port"

# Run from the build folder, as a deployed host runs (its appsettings.json is there); exec keeps the PID ours.
# The fault tests fail models on purpose: with the circuit breaker's usual minimum of 5 calls, one file's faults
# would open a breaker for the next file (the breaker has its own tests in the .NET suites).
(cd "$(dirname "$dll")" && Auth__AdminKey="$admin_key" Simulator__LatencyScale=0 \
  Models__Resilience__MinimumThroughput=1000000 \
  Orleans__SiloPort="$silo_port" Orleans__GatewayPort="$gateway_port" \
  exec dotnet "$(basename "$dll")" --urls "$base_url") >"$host_log" 2>&1 &
host_pid=$!
echo "host pid $host_pid at $base_url (log: ${host_log#"$root/"})"

export LLMACTORS_BASE_URL="$base_url" LLMACTORS_ADMIN_KEY="$admin_key"
keys=$(cd "$suite" && node support/prepare.mjs "$host_pid" "${READY_TIMEOUT:-90}" "${files[@]}") || {
  tail -20 "$host_log"
  fail "the host did not start or refused to create keys"
}

rm -f "$tap"
# One file at a time: the fault tests set simulator faults, which are process-wide. Force-exit: a client left
# waiting (an SDK sleeping before a retry) must fail its test, not hang its file.
(cd "$suite" && LLMACTORS_KEYS="$keys" timeout "${CLIENT_TIMEOUT:-600}" node --test --test-concurrency=1 --test-force-exit \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$tap" "${files[@]}")
rc=$?
stop_host

# The TAP summary counts every test; cancelled ones (a timeout, a file that died) are failures.
count() { sed -n "s/^# $1 \([0-9]*\)$/\1/p" "$tap" 2>/dev/null | tail -1; }
passed=$(count pass)
fails=$(count fail)
cancelled=$(count cancelled)
if [ -z "$passed" ] || [ -z "$fails" ]; then
  # No summary (a forced exit can cut the file before it): count the tests' own lines (tests are top level).
  passed=$(grep -c '^ok [0-9]' "$tap" 2>/dev/null)
  fails=$(grep -c '^not ok [0-9]' "$tap" 2>/dev/null)
  cancelled=0
  [ "${passed:-0}" -gt 0 ] || [ "${fails:-0}" -gt 0 ] || passed=""
fi
if [ -z "$passed" ]; then
  echo "client suite: no test summary (node exited $rc)"
  passed=${passed:-0}
  failed=1
else
  failed=$((fails + ${cancelled:-0}))
  if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
    echo "client suite: node exited $rc with no failed test"
    failed=1
  fi
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
