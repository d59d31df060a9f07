#!/usr/bin/env bash
# Prints the reliability figures: duplicates delivered -> items created, faults injected -> articles
# lost, inputs fuzzed -> crashes, and the linear-time table from 10 KB to 10 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
mvn -B -ntp verify -Dtest='PipelineFuzzTest,LinearTimeTest' -Dit.test=ReliabilityIT \
    -Dsurefire.failIfNoSpecifiedTests=false > "$log" 2>&1 || { tail -50 "$log"; exit 1; }
grep -E '^(reliability:|fuzz:|linear time)' "$log"
rm -f "$log"
