#!/usr/bin/env bash
# Constant memory end to end: lists N batches from a simulator in another process and compares the
# client's peak resident set size for N = 10,000 and N = 100,000 (target: within 10 %).
#
#   scripts/measure-listing-memory.sh
#
# Environment:
#   COUNTS       batch counts to measure (default "10000 100000"; the first and last are compared)
#   PAGE_SIZE    --page-size for the client (default 1000)
#   CLIENT_CMD   the client command, given --base-url URL --format jsonl|count --page-size P
#                (default: the letta-batches CLI, src/Letta.Generated.Cli, built in Release)
#   OUT_DIR      where out.jsonl and the logs go (default: a new temporary folder)
#   SKIP_BUILD=1 use what is already built
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

COUNTS=${COUNTS:-"10000 100000"}
PAGE_SIZE=${PAGE_SIZE:-1000}
OUT_DIR=${OUT_DIR:-$(mktemp -d -t letta-memory.XXXXXX)}
mkdir -p "$OUT_DIR"

if [ ! -x /usr/bin/time ]; then
  echo "GNU time is missing; installing it (apt-get install -y time)" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y time >/dev/null || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
  else sudo apt-get install -y time >/dev/null; fi
fi

HOST_DLL=tools/Letta.Generated.SimulatorHost/bin/Release/net10.0/Letta.Generated.SimulatorHost.dll
CLI_PROJECT=src/Letta.Generated.Cli
CLI_DLL=$CLI_PROJECT/bin/Release/net10.0/letta-batches.dll

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  dotnet build -c Release tools/Letta.Generated.SimulatorHost -nologo -v quiet >&2
fi
if [ -z "${CLIENT_CMD:-}" ]; then
  [ "${SKIP_BUILD:-0}" = 1 ] || dotnet build -c Release "$CLI_PROJECT" -nologo -v quiet >&2
  CLIENT_CMD="dotnet $CLI_DLL"
fi
echo "client: $CLIENT_CMD" >&2

host_pid=
cleanup() {
  exec 3>&- 2>/dev/null || true
  if [ -n "$host_pid" ] && kill -0 "$host_pid" 2>/dev/null; then kill "$host_pid" 2>/dev/null || true; fi
  if [ -n "$host_pid" ]; then wait "$host_pid" 2>/dev/null || true; fi
  host_pid=
}
trap cleanup EXIT

# Peak RSS in KiB of "$@" (run under GNU time), its wall time and exit code land in $OUT_DIR/time-$tag.txt.
measure() {
  local tag=$1; shift
  /usr/bin/time -v -o "$OUT_DIR/time-$tag.txt" "$@"
}
peak_kib() { awk -F': ' '/Maximum resident set size/ { print $2 }' "$1"; }
wall() { awk -F'): ' '/Elapsed \(wall clock\) time/ { print $2 }' "$1"; }

declare -A PEAK
printf '%-8s %-6s %12s %10s %10s\n' N format "peak RSS KiB" wall listed
for n in $COUNTS; do
  # Start the simulator; its stdin is a FIFO we hold open, so closing fd 3 stops it.
  fifo="$OUT_DIR/host-stdin-$n"; rm -f "$fifo"; mkfifo "$fifo"
  dotnet "$HOST_DLL" --count "$n" <"$fifo" >"$OUT_DIR/host-$n.out" 2>"$OUT_DIR/host-$n.err" &
  host_pid=$!
  exec 3>"$fifo"
  for _ in $(seq 1 600); do
    [ -s "$OUT_DIR/host-$n.out" ] && break
    kill -0 "$host_pid" 2>/dev/null || { cat "$OUT_DIR/host-$n.err" >&2; exit 1; }
    sleep 0.1
  done
  url=$(head -n 1 "$OUT_DIR/host-$n.out")
  [ -n "$url" ] || { echo "the simulator did not print its URL" >&2; exit 1; }

  # shellcheck disable=SC2086 # CLIENT_CMD is a command line
  measure "$n-jsonl" $CLIENT_CMD --base-url "$url" --format jsonl --page-size "$PAGE_SIZE" >"$OUT_DIR/out-$n.jsonl" 2>"$OUT_DIR/client-$n-jsonl.err"
  lines=$(wc -l <"$OUT_DIR/out-$n.jsonl")
  printf '%-8s %-6s %12s %10s %10s\n' "$n" jsonl "$(peak_kib "$OUT_DIR/time-$n-jsonl.txt")" "$(wall "$OUT_DIR/time-$n-jsonl.txt")" "$lines"
  # shellcheck disable=SC2086
  measure "$n-count" $CLIENT_CMD --base-url "$url" --format count --page-size "$PAGE_SIZE" >"$OUT_DIR/count-$n.txt" 2>"$OUT_DIR/client-$n-count.err"
  printf '%-8s %-6s %12s %10s %10s\n' "$n" count "$(peak_kib "$OUT_DIR/time-$n-count.txt")" "$(wall "$OUT_DIR/time-$n-count.txt")" "$(tr -d '[:space:]' <"$OUT_DIR/count-$n.txt")"
  if [ "$lines" -ne "$n" ]; then echo "expected $n lines, got $lines" >&2; exit 1; fi
  PEAK[$n-jsonl]=$(peak_kib "$OUT_DIR/time-$n-jsonl.txt")
  PEAK[$n-count]=$(peak_kib "$OUT_DIR/time-$n-count.txt")
  cleanup
  rm -f "$fifo" "$OUT_DIR/out-$n.jsonl"
done

first=${COUNTS%% *}; last=${COUNTS##* }
status=0
for format in jsonl count; do
  a=${PEAK[$first-$format]}; b=${PEAK[$last-$format]}
  verdict=$(awk -v a="$a" -v b="$b" 'BEGIN { r = b / a; printf "%.3f %s", r, (r <= 1.10 ? "within 10 %" : "MORE than 10 % apart") }')
  echo "$format: peak RSS N=$first: $a KiB, N=$last: $b KiB, ratio ${verdict}"
  case $verdict in *MORE*) status=1 ;; esac
done
echo "logs: $OUT_DIR" >&2
exit $status
