#!/usr/bin/env bash
# The code-completion replay benchmark in one command: builds in Release, then replays the same editing
# sessions against a fresh embedded gateway with prefetch + cache + streaming + timeout ON, and again OFF.
# Extra arguments go to the scenario: --sessions N --editors N --seed N --mode both|all|on|off
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build client-api -c Release -nologo -v q -clp:NoSummary
dotnet build bench -c Release -nologo -v q -clp:NoSummary
exec dotnet run -c Release --no-build --project bench -- code "$@"
