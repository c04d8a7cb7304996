#!/usr/bin/env bash
# letta-batches side by side with the official TypeScript SDK (and the floor: the server alone).
#
#   scripts/side-by-side/run.sh [--batches N] [--rounds N] [--verify] [--contenders floor,cli-jsonl,...]
#   scripts/side-by-side/run.sh --suite [--rounds N] [--verify]   # every target: 100,000 in every format, 50 and 1,000 with defaults
#
# Installs the pinned SDK (npm ci), packs the CLI of this checkout (`dotnet pack -c Release`) and installs
# it as users do (`dotnet tool install`: the native linux-x64 package here), starts the local server with
# N batches, runs measure.py (alternating rounds, medians, ratios last) and always stops the server.
# Not part of CI. Logs, packages, the installed tool and raw per-run numbers go to scripts/side-by-side/results/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

batches=100000
rounds=5
suite=0
cli=
page_size=1000
extra=()
while [ $# -gt 0 ]; do
  case $1 in
    --batches) batches=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --page-size) page_size=$2; shift 2 ;;
    --verify) extra+=(--verify); shift ;;
    --contenders) extra+=(--contenders "$2"); shift 2 ;;
    --suite) suite=1; shift ;;
    --cli) cli=$2; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

[ -x /usr/bin/time ] || { echo "GNU time is needed for the peak RSS: apt-get install time" >&2; exit 1; }

results=$here/results
mkdir -p "$results"

echo "npm ci (@letta-ai/letta-client, pinned in package-lock.json)" >&2
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)

# The CLI as it is in this checkout, packed and installed as a user installs it: on linux-x64 that is the
# Native AOT package (one process, so ru_maxrss is its own). A unique version, so no cached package is reused.
if [ -z "$cli" ]; then
  version=0.1.0-side-by-side.$(date +%Y%m%d%H%M%S)
  echo "packing src/Letta.Generated.Cli $version (Release) and installing it with dotnet tool install" >&2
  rm -rf "$results/packages" "$results/tool"
  dotnet pack -c Release "$root/src/Letta.Generated.Cli" -o "$results/packages" -p:Version="$version" -nologo -v quiet -clp:ErrorsOnly >&2
  dotnet tool install Letta.Generated.Cli --version "$version" --tool-path "$results/tool" --add-source "$results/packages" >&2
  cli=$results/tool/letta-batches
  echo "installed: $(readlink -f "$cli")" >&2
fi

server_pid=
url=
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=
}
trap stop_server EXIT
trap 'exit 130' INT TERM  # runs the EXIT trap too

start_server() {  # $1: how many batches
  # Truncate the logs here, not in the background job's redirections: a stale "listening" line from the
  # last run must not be read before the new server has started.
  : >"$results/server.out"; : >"$results/server.err"
  node "$here/server.mjs" --batches "$1" >"$results/server.out" 2>"$results/server.err" &
  server_pid=$!
  # Ready when it prints its address (1,000,000 batches take several seconds to serialize).
  url=
  for _ in $(seq 1 1200); do
    url=$(awk '/^listening / { print $2; exit }' "$results/server.out")
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$results/server.err" >&2; echo "the server died" >&2; exit 1; }
    sleep 0.1
  done
  [ -n "$url" ] || { echo "the server did not become ready" >&2; exit 1; }
  cat "$results/server.err" >&2
}

measure() {  # $1: batches, then measure.py's own options
  local n=$1; shift
  stop_server
  start_server "$n"
  python3 "$here/measure.py" --url "$url" --batches "$n" --rounds "$rounds" --page-size "$page_size" \
    --cli "$cli" --results "$results" "$@"
}

if [ "$suite" = 1 ]; then
  # Every target in one run: 100,000 batches in pages of 1,000 in every format, then the small listings
  # people run most (50 and 1,000 batches, no options).
  measure 100000 "${extra[@]}"
  echo
  measure 50 --contenders floor-default,cli-default,ts-default "${extra[@]}"
  echo
  measure 1000 --contenders floor-default,cli-default,ts-default "${extra[@]}"
else
  measure "$batches" "${extra[@]}"
fi
