#!/usr/bin/env bash
# The one test command: installs what the tests need (PostgreSQL server binaries), builds once,
# runs every test project, and ends with the line "N passed, N failed" totalled over all projects.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
config=${CONFIG:-Release}
results="$root/.tmp/test-results"
rm -rf "$results" && mkdir -p "$results"

PG_BIN=$(scripts/ensure-postgres.sh) || { echo "could not install PostgreSQL"; echo "0 passed, 1 failed"; exit 1; }
export PG_BIN

if ! dotnet build LlmActors.sln -c "$config" -nologo -v q; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

projects=$(find tests -name '*Tests.csproj' | sort)
passed=0
failed=0
for project in $projects; do
  name=$(basename "$project" .csproj)
  echo "=== $name"
  dotnet test "$project" -c "$config" --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" \
    --results-directory "$results" ${TEST_FILTER:+--filter "$TEST_FILTER"}
  trx="$results/$name.trx"
  if [ -f "$trx" ]; then
    counters=$(grep -o '<Counters [^>]*' "$trx" | head -1)
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
    f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
    e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
    p=${p:-0}; f=${f:-0}; t=${t:-0}; e=${e:-0}
    # Tests that were discovered but never finished (a crashed host) count as failed.
    if [ "$e" -lt "$t" ]; then f=$((f + t - e)); fi
    passed=$((passed + p))
    failed=$((failed + f))
  else
    echo "no results for $name: counting the project as one failure"
    failed=$((failed + 1))
  fi
done

echo "=== client suite (tests/clients: real Node clients against the embedded host; installs Node.js if missing)"
scripts/test-clients.sh | tee "$results/clients.out"
read -r p f < <(tail -1 "$results/clients.out" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p')
passed=$((passed + ${p:-0}))
failed=$((failed + ${f:-1}))

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
