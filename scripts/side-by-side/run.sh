#!/usr/bin/env bash
# letta-batches side by side with the official TypeScript SDK (and the floor: the server alone).
#
#   scripts/side-by-side/run.sh [--batches N] [--rounds N] [--verify] [--contenders floor,cli-jsonl,...]
#
# Installs the pinned SDK (npm ci), builds the CLI of this checkout in Release, starts the local
# server with N batches, runs measure.py (alternating rounds, medians, ratios last) and always stops
# the server. Not part of CI. Logs and raw per-run numbers go to scripts/side-by-side/results/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

batches=100000
rounds=5
page_size=1000
extra=()
while [ $# -gt 0 ]; do
  case $1 in
    --batches) batches=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --page-size) page_size=$2; shift 2 ;;
    --verify) extra+=(--verify); shift ;;
    --contenders) extra+=(--contenders "$2"); shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

[ -x /usr/bin/time ] || { echo "GNU time is needed for the peak RSS: apt-get install time" >&2; exit 1; }

results=$here/results
mkdir -p "$results"

echo "npm ci (@letta-ai/letta-client, pinned in package-lock.json)" >&2
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)

# The CLI as it is in this checkout; the apphost runs it in one process, so ru_maxrss is its own.
echo "building src/Letta.Generated.Cli (Release)" >&2
dotnet build -c Release "$root/src/Letta.Generated.Cli" -nologo -v quiet -clp:ErrorsOnly >&2
cli=$root/src/Letta.Generated.Cli/bin/Release/net10.0/letta-batches

server_pid=
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=
}
trap stop_server EXIT
trap 'exit 130' INT TERM  # runs the EXIT trap too

# Truncate the logs here, not in the background job's redirections: a stale "listening" line from the
# last run must not be read before the new server has started.
: >"$results/server.out"; : >"$results/server.err"
node "$here/server.mjs" --batches "$batches" >"$results/server.out" 2>"$results/server.err" &
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

python3 "$here/measure.py" --url "$url" --batches "$batches" --rounds "$rounds" --page-size "$page_size" \
  --cli "$cli" --results "$results" "${extra[@]}"
