#!/bin/sh
# End to end: `perfrules check FILE.jsonl --format json` against the parse limit (raw JsonDocument.Parse of every
# line of the same file, one thread), measured one after the other in the same session, plus runtime variants.
# Usage: benchmarks/EndToEnd.sh CLI_DIR BENCH_DIR FILE.jsonl [R2R_CLI_DIR]
#   CLI_DIR, BENCH_DIR: Release builds; R2R_CLI_DIR (optional): the CLI published with -r linux-x64 -p:PublishReadyToRun=true.
set -eu
cli="$1"; bench="$2"; file="$3"; r2r="${4:-}"
echo "load at start: $(uptime)"
dotnet "$bench/PerfRules.Benchmarks.dll" --raw-parse "$file"
run() {
  label="$1"; dir="$2"; shift 2
  /usr/bin/time -f "$label: wall %e s, user %U s, sys %S s, max RSS %M KB, %P CPU" env "$@" dotnet "$dir/PerfRules.Cli.dll" check "$file" --format json > /tmp/e2e-out.json 2> /tmp/e2e-err.txt || true
  tail -n 2 /tmp/e2e-err.txt
}
run "default (2 workers, no dynamic PGO)" "$cli" DOTNET_gcServer=0
run "1 worker" "$cli" DOTNET_PROCESSOR_COUNT=1
run "dynamic PGO back on" "$cli" DOTNET_TieredPGO=1
run "TieredCompilation off (full JIT up front)" "$cli" DOTNET_TieredCompilation=0
if [ -n "$r2r" ]; then run "ReadyToRun build of the CLI" "$r2r" DOTNET_gcServer=0; fi
run "default again" "$cli" DOTNET_gcServer=0
echo "load at end: $(uptime)"
