#!/bin/sh
# End to end: `perfrules check FILE.jsonl --format json` against the parse limit (raw JsonDocument.Parse of every
# line of the same file, one thread), measured one after the other in the same session, plus DOTNET_ variants.
# Usage: benchmarks/EndToEnd.sh CLI_DIR BENCH_DIR FILE.jsonl   (both directories hold Release builds)
set -eu
cli="$1"; bench="$2"; file="$3"
echo "load at start: $(uptime)"
dotnet "$bench/PerfRules.Benchmarks.dll" --raw-parse "$file"
run() {
  label="$1"; shift
  /usr/bin/time -f "$label: wall %e s, user %U s, sys %S s, max RSS %M KB, %P CPU" env "$@" dotnet "$cli/PerfRules.Cli.dll" check "$file" --format json > /tmp/e2e-out.json 2> /tmp/e2e-err.txt || true
  tail -n 2 /tmp/e2e-err.txt
}
run "default" DOTNET_gcServer=0
run "TieredPGO off" DOTNET_TieredPGO=0
run "TieredCompilation off (full JIT up front)" DOTNET_TieredCompilation=0
run "ReadyToRun code ignored" DOTNET_ReadyToRun=0
echo "load at end: $(uptime)"
