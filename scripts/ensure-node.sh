#!/usr/bin/env bash
# Makes sure Node.js 20.14 or newer and npm are installed; prints the folder whose `node` to put first on PATH.
# The client suite (tests/clients) needs Node 20: the LangChain JS 1.x packages require it; 20.14 brought the
# test runner's --test-force-exit.
# - node or npm absent: installs Debian's nodejs and npm packages (apt-get).
# - node older than 20.14 (Debian 12's own nodejs is 18.19): installs Node 20 from the npm registry's
#   node-linux-<arch> package (the binary ships inside it) into .tmp/node, and prints its bin folder.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
fallback_version=20.20.2

# 1 when the node at $1 is 20.14 or newer, else 0.
recent() { "$1" -p 'const [a, b] = process.versions.node.split(".").map(Number); a > 20 || (a === 20 && b >= 14) ? 1 : 0' 2>/dev/null || echo 0; }

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "node or npm not found; installing Debian's nodejs and npm packages" >&2
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq >&2
  packages="npm"
  command -v node >/dev/null || packages="nodejs npm"
  # shellcheck disable=SC2086
  $sudo_cmd apt-get install -y -qq $packages >&2
fi

system_node=$(command -v node)
if [ "$(recent "$system_node")" = 1 ]; then
  dirname "$system_node"
  exit 0
fi

case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64) arch=arm64 ;;
  *) echo "node $("$system_node" --version) is older than 20.14 and no Node package fits $(uname -m)" >&2; exit 1 ;;
esac
bin="$root/.tmp/node/node_modules/node-linux-$arch/bin"
if [ "$(recent "$bin/node")" != 1 ]; then
  echo "node $("$system_node" --version) is older than 20.14; installing node-linux-$arch@$fallback_version into .tmp/node" >&2
  mkdir -p "$root/.tmp/node"
  npm install --prefix "$root/.tmp/node" --no-save --no-audit --no-fund --no-package-lock \
    "node-linux-$arch@$fallback_version" >&2
fi
[ "$(recent "$bin/node")" = 1 ] || { echo "Node $fallback_version did not install into $bin" >&2; exit 1; }
echo "$bin"
