#!/usr/bin/env bash
# Runs every benchmark in BUILD/bench; each prints its figures next to its targets.
set -euo pipefail
build=${1:-build}
for b in "$build"/bench/bench_*; do
    [ -x "$b" ] || continue
    echo "== $(basename "$b")"
    "$b"
    echo
done
