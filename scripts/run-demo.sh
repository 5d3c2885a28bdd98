#!/usr/bin/env bash
# `make run`: prepares the demo HQ and the demo workspace (once), starts the HQ on loopback (TLS) and the desktop
# app on the workspace, already enrolled; the HQ stops when the app exits.
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

cli() { ZHAOSHANG_PASSPHRASE="$ZHAOSHANG_DEMO_PASSPHRASE" "$build/bin/zhaoshang-cli" "$@"; }

# The demo HQ: an encrypted store, a private CA and TLS certificate, four teams and their users. Its store key and the
# demo users' passwords are made here at run time (never committed) and kept in demo/hq/ (mode 0600).
hq="$demo/hq"
hq_port="${ZHAOSHANG_DEMO_HQ_PORT:-18443}"
hq_url="https://127.0.0.1:$hq_port"
hqcmd() { "$build/bin/zhaoshang-hq" "$@" --data "$hq/data" --key-file "$hq/store.key"; }
new_hq=0
if [ ! -f "$hq/data/hq.zsdb" ]; then
    echo "run-demo: creating the demo HQ in $hq"
    rm -rf "$hq"
    mkdir -p "$hq" && chmod 700 "$hq"
    (umask 077 && head -c 32 /dev/urandom | base64 > "$hq/store.key")
    hqcmd init >/dev/null
    hqcmd team add gz 广州组
    hqcmd team add sz 深圳组
    hqcmd team add dg 东莞组
    hqcmd team add hq 总部
    hqcmd team add shixing 始兴县
    (umask 077 && : > "$hq/demo-accounts.txt")
    while read -r name team role display; do
        password="demo-$(head -c 9 /dev/urandom | base64 | tr -d '/+=')"
        echo "$password" | hqcmd user add --team "$team" --role "$role" --display-name "$display" "$name"
        echo "$name $password ($display, $team, $role)" >> "$hq/demo-accounts.txt"
    done <<'USERS'
gz-li gz officer 李敏
gz-huang gz lead 黄志强
sz-chen sz officer 陈晓峰
dg-wang dg officer 王丽
hq-zhao hq analyst 赵建华
sx-li shixing specialist 李文杰
admin hq admin 系统管理员
USERS
    new_hq=1
fi
password_of() { awk -v n="$1" '$1 == n { print $2 }' "$hq/demo-accounts.txt"; }

echo "run-demo: starting the demo HQ on $hq_url"
# The server prints "listening ADDR PORT SCHEME" once it accepts connections: wait for that line, then keep draining
# its output into the log.
exec 3< <(hqcmd serve --listen "127.0.0.1:$hq_port" 2>&1)
hq_pid=$!
trap 'kill "$hq_pid" 2>/dev/null || true' EXIT
if ! read -r -t 60 -u 3 started || [ "${started%% *}" != listening ]; then
    echo "run-demo: the demo HQ did not start: ${started:-no answer}" >&2
    cat <&3 >&2 || true
    exit 1
fi
cat <&3 > "$hq/serve.log" &

if [ "$new_hq" = 1 ]; then
    # Work from the Shenzhen team already at HQ, so the first sync of the demo workspace brings something home.
    rm -f "$demo/shenzhen.zsdb" "$demo/shenzhen.zsdb.key"
    cli init --db "$demo/shenzhen.zsdb" >/dev/null
    cli demo --db "$demo/shenzhen.zsdb" --visits 300 --seed 9 >/dev/null
    password_of sz-chen | cli enroll --db "$demo/shenzhen.zsdb" --server "$hq_url" --user sz-chen --ca "$hq/data/tls/ca.pem" >/dev/null
    cli sync --db "$demo/shenzhen.zsdb" >/dev/null
    # HQ publishes a guide city-wide (only HQ roles may): every laptop gets the row at its next sync and downloads the
    # file in the background after it.
    office="$demo/hq-office.zsdb"
    rm -f "$office" "$office.key"
    cli init --db "$office" >/dev/null
    password_of hq-zhao | cli enroll --db "$office" --server "$hq_url" --user hq-zhao --ca "$hq/data/tls/ca.pem" >/dev/null
    published="$demo/hq-guide.pdf"
    QT_QPA_PLATFORM=offscreen cli brochure --db "$demo/shenzhen.zsdb" --out "$published" >/dev/null
    QT_QPA_PLATFORM=offscreen cli material-import --db "$office" --file "$published" \
        --title "韶关市产业园区招商指引（总部发布）" --kind park --publisher "韶关市投资促进局" >/dev/null
    rm -f "$published"
    # HQ keeps the counties' follow-up specialists (跟踪服务专员) and the city's site inventory (用地厂房: idle land,
    # serviced land, idle and standard factories) for every laptop.
    cli demo --db "$office" --kind specialists >/dev/null
    cli demo --db "$office" --kind sites >/dev/null
    cli sync --db "$office" >/dev/null
    # 始兴县's follow-up specialist keeps the county's investment agreements (one in each state the watch knows),
    # signed by the Guangzhou and Shenzhen teams: the demo workspace (广州组) reads the ones it signed.
    county="$demo/shixing.zsdb"
    rm -f "$county" "$county.key"
    cli init --db "$county" >/dev/null
    password_of sx-li | cli enroll --db "$county" --server "$hq_url" --user sx-li --ca "$hq/data/tls/ca.pem" >/dev/null
    cli sync --db "$county" >/dev/null
    cli demo --db "$county" --kind agreements >/dev/null
    cli sync --db "$county" >/dev/null
    rm -f "$db" "$db.key" # the demo workspace is enrolled with this HQ below
fi

if [ ! -f "$db" ]; then
    echo "run-demo: creating the demo workspace $db"
    ZHAOSHANG_PASSPHRASE="$ZHAOSHANG_DEMO_PASSPHRASE" "$build/bin/zhaoshang-cli" init --db "$db"
    echo "run-demo: filling it with demo companies, visits, leads and events"
    ZHAOSHANG_PASSPHRASE="$ZHAOSHANG_DEMO_PASSPHRASE" "$build/bin/zhaoshang-cli" demo --db "$db" --visits 2000 >/dev/null
    # Two companies entered twice off business cards: one pair already merged (undoable), one left to merge.
    cli demo --db "$db" --kind duplicates >/dev/null
    # The paper's chain example (始兴's PCB makers, the Delta's terminal makers as leads) for the chain map.
    cli demo --db "$db" --kind chain-example >/dev/null
    # Site requirements (选址需求) for four of the team's leads: matching ranks the city's sites for them.
    cli demo --db "$db" --kind site-requirements >/dev/null
    # The location schematic as a picture in the library (brochure covers show it), and a policy guide with it on
    # its cover, so the viewer has something to open offline.
    cli demo --db "$db" --kind map >/dev/null
    guide="$demo/policy-guide.pdf"
    ZHAOSHANG_PASSPHRASE="$ZHAOSHANG_DEMO_PASSPHRASE" QT_QPA_PLATFORM=offscreen "$build/bin/zhaoshang-cli" brochure \
        --db "$db" --cover 韶关区位示意图 --out "$guide" >/dev/null
    ZHAOSHANG_PASSPHRASE="$ZHAOSHANG_DEMO_PASSPHRASE" QT_QPA_PLATFORM=offscreen "$build/bin/zhaoshang-cli" material-import \
        --db "$db" --file "$guide" --title "韶关市招商引资政策指南（演示）" --kind policy --publisher "韶关市商务局" >/dev/null
    rm -f "$guide"
    echo "run-demo: enrolling it with the demo HQ as gz-li (广州组) and syncing once"
    password_of gz-li | cli enroll --db "$db" --server "$hq_url" --user gz-li --ca "$hq/data/tls/ca.pem" >/dev/null
    cli sync --db "$db" >/dev/null
fi
echo "run-demo: demo HQ accounts (for enrolling more workspaces): $hq/demo-accounts.txt"
echo "run-demo: starting zhaoshang on $db (passphrase: $ZHAOSHANG_DEMO_PASSPHRASE)"
app_args=("${@:2}")
# Start-up check (scripts/check-fresh-debian.sh): ZHAOSHANG_DEMO_SCREENSHOT=FILE.png makes the app unlock the demo
# workspace, save its window to FILE.png and exit (the app's --screenshot hook).
if [ -n "${ZHAOSHANG_DEMO_SCREENSHOT:-}" ]; then
    export ZHAOSHANG_PASSPHRASE="$ZHAOSHANG_DEMO_PASSPHRASE"
    app_args+=(--screenshot "$ZHAOSHANG_DEMO_SCREENSHOT")
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run-demo: no display found; running under Xvfb (headless). Set DISPLAY to see the window."
    xvfb-run -a -s "-screen 0 1600x1000x24" "$build/bin/zhaoshang" --workspace "$db" "${app_args[@]}"
    exit $?
fi
"$build/bin/zhaoshang" --workspace "$db" "${app_args[@]}"
