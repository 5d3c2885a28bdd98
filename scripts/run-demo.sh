#!/usr/bin/env bash
# `make run`: prepares the demo workspace (once) and starts the desktop app on it.
# The demo passphrase is stated in README.md; it is for the demo workspace only.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
case "$build" in /*) ;; *) build="$top/$build" ;; esac
demo="$top/demo"
db="$demo/workspace.zsdb"
export ZHAOSHANG_DEMO_PASSPHRASE="${ZHAOSHANG_DEMO_PASSPHRASE:-shaoguan-demo-2026}"
# Keep the demo's preferences apart from a real installation's.
export XDG_CONFIG_HOME="$demo/config"
export XDG_DATA_HOME="$demo/data"
mkdir -p "$demo" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"

if [ ! -f "$db" ]; then
    echo "run-demo: creating the demo workspace $db"
    ZHAOSHANG_PASSPHRASE="$ZHAOSHANG_DEMO_PASSPHRASE" "$build/bin/zhaoshang-cli" init --db "$db"
    echo "run-demo: filling it with demo companies, visits, leads and events"
    ZHAOSHANG_PASSPHRASE="$ZHAOSHANG_DEMO_PASSPHRASE" "$build/bin/zhaoshang-cli" demo --db "$db" --visits 2000 >/dev/null
    # A policy guide in the materials library, so the viewer has something to open offline.
    guide="$demo/policy-guide.pdf"
    ZHAOSHANG_PASSPHRASE="$ZHAOSHANG_DEMO_PASSPHRASE" QT_QPA_PLATFORM=offscreen "$build/bin/zhaoshang-cli" brochure \
        --db "$db" --out "$guide" >/dev/null
    ZHAOSHANG_PASSPHRASE="$ZHAOSHANG_DEMO_PASSPHRASE" QT_QPA_PLATFORM=offscreen "$build/bin/zhaoshang-cli" material-import \
        --db "$db" --file "$guide" --title "韶关市招商引资政策指南（演示）" --kind policy --publisher "韶关市商务局" >/dev/null
    rm -f "$guide"
fi
echo "run-demo: starting zhaoshang on $db (passphrase: $ZHAOSHANG_DEMO_PASSPHRASE)"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run-demo: no display found; running under Xvfb (headless). Set DISPLAY to see the window."
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build/bin/zhaoshang" --workspace "$db" "${@:2}"
fi
exec "$build/bin/zhaoshang" --workspace "$db" "${@:2}"
