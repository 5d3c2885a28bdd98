#!/usr/bin/env bash
# Runs every benchmark in BUILD/bench; each prints its figures next to its targets.
set -euo pipefail
build=${1:-build}
for b in "$build"/bench/bench_*; do
    [ -f "$b" ] && [ -x "$b" ] || continue # not the *_autogen directories CMake leaves beside them
    case "$b" in *_client) continue ;; esac # helpers a benchmark starts itself (bench_sync_storm_client)
    echo "== $(basename "$b")"
    "$b"
    echo
done
