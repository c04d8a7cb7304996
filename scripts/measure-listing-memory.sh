#!/usr/bin/env bash
# Flat memory end to end: lists N batches from a server in another process with letta-batches in every
# output format and compares the tool's peak resident set size for the smallest and the largest N
# (target: within LIMIT, 10 % by default, beyond what the extra ids' fingerprints take: ID_BYTES each,
# the README's 11 B). Installs nothing: it checks what it needs and says what is missing.
#
#   scripts/measure-listing-memory.sh
#   COUNTS="100000 1000000" SERVER=node scripts/measure-listing-memory.sh     # the 1,000,000-batch check
#
# Environment:
#   COUNTS       batch counts to measure (default "10000 100000"; the first and last are compared)
#   FORMATS      output formats (default "jsonl count table csv json")
#   PAGE_SIZE    --page-size (default 1000)
#   SERVER       simulator (default: tools/Letta.Generated.SimulatorHost, the simulator over loopback) or
#                node (scripts/side-by-side/server.mjs: much faster to serve 1,000,000 batches; needs node)
#   CLIENT_CMD   the client command, given --base-url URL --format F --page-size P
#                (default: the letta-batches apphost of src/Letta.Generated.Cli, built in Release)
#   LIMIT        the largest N's peak RSS may be at most LIMIT x (the smallest N's + the extra ids) (default 1.10)
#   ID_BYTES     memory allowed per extra id listed, the pager's fingerprint (default 11; 0 compares plain RSS)
#   ROUNDS       runs per N and format, alternating the formats; the median peak is compared (default 5: one
#                process's peak RSS varies by 2-3 MiB from run to run here)
#   OUT_DIR      where the logs go (default: a new temporary folder)
#   SKIP_BUILD=1 use what is already built
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

COUNTS=${COUNTS:-"10000 100000"}
FORMATS=${FORMATS:-"jsonl count table csv json"}
PAGE_SIZE=${PAGE_SIZE:-1000}
LIMIT=${LIMIT:-1.10}
ID_BYTES=${ID_BYTES:-11}
ROUNDS=${ROUNDS:-5}
SERVER=${SERVER:-simulator}
OUT_DIR=${OUT_DIR:-$(mktemp -d -t letta-memory.XXXXXX)}
mkdir -p "$OUT_DIR"

missing=()
[ -x /usr/bin/time ] || missing+=("GNU time at /usr/bin/time (Debian/Ubuntu: sudo apt-get install time)")
command -v dotnet >/dev/null || missing+=("the .NET 10 SDK (dotnet)")
if [ "$SERVER" = node ]; then command -v node >/dev/null || missing+=("node >= 20 (SERVER=node)"); fi
case $SERVER in simulator|node) ;; *) missing+=("SERVER must be simulator or node, not '$SERVER'") ;; esac
if [ ${#missing[@]} -gt 0 ]; then
  echo "measure-listing-memory.sh needs, and will not install by itself:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  exit 1
fi

HOST_DLL=tools/Letta.Generated.SimulatorHost/bin/Release/net10.0/Letta.Generated.SimulatorHost.dll
CLI_PROJECT=src/Letta.Generated.Cli
CLI_APPHOST=$CLI_PROJECT/bin/Release/net10.0/letta-batches

if [ "${SKIP_BUILD:-0}" != 1 ] && [ "$SERVER" = simulator ]; then
  dotnet build -c Release tools/Letta.Generated.SimulatorHost -nologo -v quiet >&2
fi
if [ -z "${CLIENT_CMD:-}" ]; then
  [ "${SKIP_BUILD:-0}" = 1 ] || dotnet build -c Release "$CLI_PROJECT" -nologo -v quiet >&2
  # The apphost runs the tool in one process, so its peak RSS is the tool's own.
  CLIENT_CMD=$CLI_APPHOST
fi
echo "client: $CLIENT_CMD; server: $SERVER" >&2

host_pid=
cleanup() {
  exec 3>&- 2>/dev/null || true
  if [ -n "$host_pid" ] && kill -0 "$host_pid" 2>/dev/null; then kill "$host_pid" 2>/dev/null || true; fi
  if [ -n "$host_pid" ]; then wait "$host_pid" 2>/dev/null || true; fi
  host_pid=
}
trap cleanup EXIT

# Starts the server with $1 batches (every one listed) and sets $url.
start_server() {
  local n=$1
  : >"$OUT_DIR/host-$n.out"
  if [ "$SERVER" = node ]; then
    node scripts/side-by-side/server.mjs --batches "$n" >"$OUT_DIR/host-$n.out" 2>"$OUT_DIR/host-$n.err" &
    host_pid=$!
  else
    # Its stdin is a FIFO we hold open, so closing fd 3 stops it.
    local fifo="$OUT_DIR/host-stdin-$n"; rm -f "$fifo"; mkfifo "$fifo"
    dotnet "$HOST_DLL" --count "$n" <"$fifo" >"$OUT_DIR/host-$n.out" 2>"$OUT_DIR/host-$n.err" &
    host_pid=$!
    exec 3>"$fifo"
  fi
  url=
  for _ in $(seq 1 1200); do
    url=$(awk '/^listening / { print $2; exit } /^http/ { print $1; exit }' "$OUT_DIR/host-$n.out")
    [ -n "$url" ] && break
    kill -0 "$host_pid" 2>/dev/null || { cat "$OUT_DIR/host-$n.err" >&2; exit 1; }
    sleep 0.1
  done
  [ -n "$url" ] || { echo "the server did not print its URL" >&2; exit 1; }
}

# Lines each format writes for n batches (the count format prints the number instead).
expected_lines() {
  case $1 in jsonl) echo "$2" ;; table|csv) echo $(($2 + 1)) ;; json) echo $(($2 + 2)) ;; count) echo 1 ;; esac
}

peak_kib() { awk -F': ' '/Maximum resident set size/ { print $2 }' "$1"; }
wall() { awk -F'): ' '/Elapsed \(wall clock\) time/ { print $2 }' "$1"; }

declare -A PEAK
printf '%-8s %-6s %5s %12s %10s %10s\n' N format round "peak RSS KiB" wall lines
status=0
for n in $COUNTS; do
  start_server "$n"
  # Rounds alternate the formats, so a burst of load on the machine spreads over all of them; the median is kept.
  declare -A RUNS=()
  for round in $(seq 1 "$ROUNDS"); do
    for format in $FORMATS; do
      timing="$OUT_DIR/time-$n-$format-$round.txt"
      # Output counted in a pipe, never stored: a million batches are ~600 MB of JSON.
      # shellcheck disable=SC2086 # CLIENT_CMD is a command line
      lines=$(/usr/bin/time -v -o "$timing" $CLIENT_CMD --base-url "$url" --format "$format" --page-size "$PAGE_SIZE" 2>"$OUT_DIR/client-$n-$format.err" | wc -l)
      printf '%-8s %-6s %5s %12s %10s %10s\n' "$n" "$format" "$round" "$(peak_kib "$timing")" "$(wall "$timing")" "$lines"
      if [ "$lines" -ne "$(expected_lines "$format" "$n")" ]; then
        echo "  $format: expected $(expected_lines "$format" "$n") lines, got $lines (see $OUT_DIR/client-$n-$format.err)" >&2
        status=1
      fi
      RUNS[$format]="${RUNS[$format]:-} $(peak_kib "$timing")"
    done
  done
  for format in $FORMATS; do
    # shellcheck disable=SC2086 # a list of numbers
    PEAK[$n-$format]=$(printf '%s\n' ${RUNS[$format]} | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  done
  unset RUNS
  cleanup
done

first=${COUNTS%% *}; last=${COUNTS##* }
for format in $FORMATS; do
  a=${PEAK[$first-$format]}; b=${PEAK[$last-$format]}
  # The allowance: the smallest N's peak plus the fingerprints of the extra ids, times LIMIT.
  verdict=$(awk -v a="$a" -v b="$b" -v ids=$((last - first)) -v per="$ID_BYTES" -v limit="$LIMIT" 'BEGIN {
    allowed = (a + ids * per / 1024) * limit
    printf "%.3f (allowed %.0f KiB = (%d + %d ids x %d B) x %s) %s", b / a, allowed, a, ids, per, limit, (b <= allowed ? "within" : "MORE than allowed") }')
  echo "$format: median peak RSS of $ROUNDS runs, N=$first: $a KiB, N=$last: $b KiB, ratio ${verdict}"
  case $verdict in *MORE*) status=1 ;; esac
done
echo "logs: $OUT_DIR" >&2
exit $status
