#!/usr/bin/env bash
# Proves that scripts/debian-packages.txt is complete: builds a brand-new minimal Debian 12 root (debootstrap
# --variant=minbase, bookworm, this machine's Debian mirror), gives it only what README.md says a new machine needs
# (Debian 12, `make`, root), clones the committed HEAD of this repository into it and runs there, inside chroot:
#   1. `make test`  (installs the packages, fetches SQLCipher, builds, both CTest runs)
#   2. `make run`   headless: the demo HQ starts, the app opens the demo workspace under Xvfb, unlocks it, saves a
#                   screenshot and exits (ZHAOSHANG_DEMO_SCREENSHOT in scripts/run-demo.sh); HQ's audit log must show
#                   the demo's logins answered.
# Prints the first failure and the total time. Takes 15-40 minutes (a new root installs ~1 GB of packages and builds
# everything from scratch; 38 minutes on 2 cores shared with another build): run it before resolving any issue that
# adds a dependency, not on every `make test`.
#
# Usage: sudo scripts/check-fresh-debian.sh [options]
#   --deps-from DIR  hand the root an already fetched, checksummed .deps/ (DIR is a .deps directory or a checkout that
#                    has one; env ZS_CHECK_DEPS_FROM). Its stamp must match the sha256 pinned in the tested commit's
#                    scripts/fetch-third-party.sh, which checks it again inside the root. For machines where the npm
#                    registry is reachable only through this machine's own npm set-up.
#   --work-dir DIR   where the root, the logs and the download caches live (env ZS_CHECK_WORK_DIR;
#                    default /var/tmp/check-fresh-debian). Never inside the repository.
#   --keep           keep the root (unmounted) after the run, for a look inside: chroot DIR/root
#   --no-cache       download every .deb again (by default the base system's and the root's downloaded .debs are
#                    kept in DIR/cache; the root still resolves and installs everything itself)
#   --mirror URL     Debian mirror (default: the one configured in /etc/apt for bookworm)
#   --verbose        also stream each step's log to the terminal
# Needs root (debootstrap, mount, chroot); installs debootstrap with apt-get when missing.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(git -C "$here/.." rev-parse --show-toplevel)
started=$(date +%s)

work=${ZS_CHECK_WORK_DIR:-/var/tmp/check-fresh-debian}
deps_from=${ZS_CHECK_DEPS_FROM:-}
keep=0
cache=1
mirror=""
verbose=0
usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; }
while [ $# -gt 0 ]; do
    case "$1" in
        --deps-from) deps_from=${2:?--deps-from needs a directory}; shift 2 ;;
        --deps-from=*) deps_from=${1#*=}; shift ;;
        --work-dir) work=${2:?--work-dir needs a directory}; shift 2 ;;
        --work-dir=*) work=${1#*=}; shift ;;
        --keep) keep=1; shift ;;
        --no-cache) cache=0; shift ;;
        --mirror) mirror=${2:?--mirror needs a URL}; shift 2 ;;
        --mirror=*) mirror=${1#*=}; shift ;;
        --verbose|-v) verbose=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "check-fresh-debian: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

say() { echo "check-fresh-debian: $*"; }
die() { echo "check-fresh-debian: $*" >&2; exit 1; }
hms() { local s=$1; if [ "$s" -ge 3600 ]; then printf '%dh%02dm%02ds' $((s / 3600)) $((s % 3600 / 60)) $((s % 60));
        else printf '%dm%02ds' $((s / 60)) $((s % 60)); fi; }

[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, mount, chroot): sudo $0 $*"
case "$work" in /*) ;; *) work="$(pwd)/$work" ;; esac
work=$(realpath -m "$work")
case "$work" in *[[:space:]]*) die "the work directory must not contain spaces: $work" ;; esac
[ "$(echo "$work" | tr -cd / | wc -c)" -ge 2 ] || die "refusing work directory $work: use a directory of its own"
case "$work/" in "$top"/*) die "the work directory must be outside the repository ($top)" ;; esac
root="$work/root"
logs="$work/logs"
mkdir -p "$work" "$logs"
exec 9>"$work/.lock"
flock -n 9 || die "another check is running in $work"
rm -rf "$logs" && mkdir -p "$logs" # this run's logs only

# ---- mounts and clean-up -----------------------------------------------------------------------------------------
step_pid=""
result=""           # PASSED, or the failure line
current_step="set-up"

mounts_under_root() {
    # Deepest first; mountinfo's 5th field is the mount point.
    awk -v r="$root" '$5 == r || index($5, r "/") == 1 { print $5 }' /proc/self/mountinfo | sort -r
}
kill_root_processes() {
    # Whatever still runs inside the root (a test's dbus-daemon, Xvfb, a step interrupted): only processes whose root
    # directory is ours, by id.
    local pid link pids=()
    for sig in TERM KILL; do
        pids=()
        for pid in /proc/[0-9]*; do
            link=$(readlink "$pid/root" 2>/dev/null) || continue
            case "$link" in "$root" | "$root"/*) pids+=("${pid#/proc/}") ;; esac
        done
        [ ${#pids[@]} -eq 0 ] && return 0
        kill -s "$sig" "${pids[@]}" 2>/dev/null || true
        sleep 2
    done
}
unmount_all() { # everything mounted under the root, this run's or an interrupted earlier run's
    local t
    kill_root_processes
    for t in $(mounts_under_root); do
        umount -R "$t" 2>/dev/null || umount -R -l "$t" 2>/dev/null || true
    done
}
remove_root() {
    [ -e "$root" ] || return 0
    if [ -n "$(mounts_under_root)" ]; then
        echo "check-fresh-debian: NOT removing $root: still mounted:" >&2
        mounts_under_root >&2
        return 1
    fi
    rm -rf --one-file-system "$root"
}
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [ -n "$step_pid" ] && kill -0 "$step_pid" 2>/dev/null; then
        kill "$step_pid" 2>/dev/null || true
        wait "$step_pid" 2>/dev/null || true
    fi
    unmount_all
    if [ "$keep" = 1 ]; then
        [ -d "$root" ] && say "kept the root: $root (unmounted)"
    else
        remove_root || true
    fi
    if [ -z "$result" ]; then
        result="FAILED at step $current_step (exit $rc)"
    fi
    say "$result"
    say "total time $(hms $(($(date +%s) - started))) (logs in $logs)"
    [ "$result" = PASSED ] && exit 0
    exit 1
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mount_in_root() { # TARGET (relative to the root), then mount's arguments
    local target="$root/$1"
    shift
    mkdir -p "$target"
    mount "$@" "$target" || return 1
}
mount_root() {
    mount_in_root proc -t proc proc
    mount_in_root sys -t sysfs sysfs 2>/dev/null || { mount_in_root sys --rbind /sys && mount --make-rslave "$root/sys"; }
    [ -d "$root/sys/kernel" ]
    # The host's device nodes, but not its mounts below /dev: a private bind, so nothing mounted on it propagates back.
    mount_in_root dev --bind /dev
    mount --make-private "$root/dev"
    mount_in_root dev/pts --bind /dev/pts
    mount_in_root dev/shm -t tmpfs -o mode=1777,nosuid,nodev tmpfs
    if [ "$cache" = 1 ]; then
        mkdir -p "$work/cache/apt"
        mount_in_root var/cache/apt/archives --bind "$work/cache/apt"
    fi
}

# ---- steps ---------------------------------------------------------------------------------------------------------
# Each step runs in the background (so `set -e` holds inside it), its output in its own log.
step_times=()
run_step() { # NAME LOG FUNCTION [ARGS...]
    local name=$1 log=$2 t0 rc=0
    shift 2
    current_step=$name
    t0=$(date +%s)
    say "step $name ... (log: $log)"
    if [ "$verbose" = 1 ]; then
        ( "$@" ) > >(tee "$log") 2>&1 &
    else
        ( "$@" ) >"$log" 2>&1 &
    fi
    step_pid=$!
    wait "$step_pid" || rc=$?
    step_pid=""
    step_times+=("$name $(hms $(($(date +%s) - t0)))")
    if [ "$rc" -ne 0 ]; then
        report_failure "$name" "$log" "$rc"
        exit 1
    fi
    say "step $name ok in $(hms $(($(date +%s) - t0)))"
}
report_failure() { # NAME LOG RC
    local name=$1 log=$2 rc=$3 first
    echo
    echo "---- first failure in $log"
    # The first compiler/linker failure (ninja), else CTest's list of failed tests, else the log's end.
    first=$(grep -n -m1 -E '^FAILED: |^CMake Error|^E: |^The following tests FAILED' "$log" | cut -d: -f1 || true)
    if [ -n "$first" ]; then
        sed -n "${first},$((first + 40))p" "$log"
        echo "---- last 30 lines of $log"
    else
        echo "(no compiler, CMake, apt or CTest failure marker; last 60 lines)"
    fi
    tail -n "$([ -n "$first" ] && echo 30 || echo 60)" "$log"
    echo "----"
    if grep -q '^fetch-third-party: npm pack' "$log" && ! grep -q '^fetch-third-party: SQLCipher amalgamation ready' "$log"; then
        save_npm_logs
        local why reason
        why=$(sed -n 's/^[0-9]* error code //p' "$logs"/npm/*.log 2>/dev/null | head -1 || true)
        reason=$(sed -n 's/^[0-9]* error .*, reason: //p' "$logs"/npm/*.log 2>/dev/null | head -1 || true)
        [ -n "$why" ] && why=" ($why${reason:+: $reason}; the npm logs are in $logs/npm)"
        echo "npm inside the root could not fetch SQLCipher$why."
        echo "If this machine reaches the npm registry only through its own npm set-up, rerun with --deps-from $top/.deps"
        echo "----"
    fi
    result="FAILED at step $name (exit $rc; log: $log)"
}

save_npm_logs() { # npm's own logs from the root (fetch-third-party.sh runs it with --silent)
    [ -d "$root/root/.npm/_logs" ] || return 0
    mkdir -p "$logs/npm"
    cp "$root"/root/.npm/_logs/*.log "$logs/npm/" 2>/dev/null || true
}

in_root() { # COMMAND: bash -c inside the root, with a clean environment like a fresh login's
    env -i HOME=/root USER=root LOGNAME=root SHELL=/bin/bash TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        chroot "$root" /bin/bash -c "$1" 9>&-
}

mirror_for() { # SUITE: the first URI this machine's apt uses for it
    local suite=$1 f
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        awk -v s="$suite" '
            function flush() { if (!found && ok && uri != "") { print uri; found = 1 } uri = ""; ok = 0 }
            /^[[:space:]]*#/ { next }
            /^[[:space:]]*$/ { flush(); next }
            tolower($1) == "uris:" { uri = $2 }
            tolower($1) == "suites:" { for (i = 2; i <= NF; i++) if ($i == s) ok = 1 }
            END { flush() }' "$f"
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        awk -v s="$suite" '$1 == "deb" { i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ } if ($(i + 1) == s) print $i }' "$f"
    done
}

host_setup() {
    if ! command -v debootstrap >/dev/null; then
        echo "installing debootstrap"
        DEBIAN_FRONTEND=noninteractive apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
    fi
    command -v git
    debootstrap --version
}

make_root() {
    unmount_all
    remove_root
    local args=(--variant=minbase)
    if [ "$cache" = 1 ]; then
        mkdir -p "$work/cache/debootstrap"
        args+=("--cache-dir=$work/cache/debootstrap")
    fi
    debootstrap "${args[@]}" bookworm "$root" "$mirror"
}

configure_root() {
    # Like the host: bookworm, bookworm-updates and bookworm-security, main.
    rm -f "$root/etc/apt/sources.list"
    cat >"$root/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $mirror
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $security_mirror
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
    # A real install has these; debootstrap writes neither.
    [ -s "$root/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
    # A chroot starts no services (a machine would, from its init): packages' postinsts must not leave daemons behind.
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"
}

install_make() {
    # What README.md says a new machine needs before the two commands: Debian 12, make, root.
    in_root 'export DEBIAN_FRONTEND=noninteractive; apt-get update -q && apt-get install -y -q make'
    # shellcheck disable=SC2016 # expanded inside the root
    in_root 'echo "Debian $(cat /etc/debian_version), $(make --version | head -1), $(dpkg-query -W | wc -l) packages"'
}

clone_project() {
    local dest="$root/root/zhaoshang"
    git clone -q --no-checkout "$top" "$dest"
    git -C "$dest" checkout -q --detach "$rev"
    git -C "$dest" log -1 --format='testing %H %s'
    if [ -n "$deps_from" ]; then
        local d=$deps_from pinned stamp
        [ -d "$d/.deps" ] && d="$d/.deps"
        pinned=$(sed -n 's/^sha="\([0-9a-f]*\)"$/\1/p' "$dest/scripts/fetch-third-party.sh")
        stamp=$(cat "$d/sqlcipher-amalgamation/.sha256" 2>/dev/null || true)
        [ -f "$d/sqlcipher-amalgamation/sqlite3.c" ] || { echo "--deps-from $deps_from: no sqlcipher-amalgamation/sqlite3.c"; return 1; }
        if [ -z "$pinned" ] || [ "$stamp" != "$pinned" ]; then
            echo "--deps-from $deps_from: stamp ${stamp:-missing} does not match the pinned sha256 ${pinned:-?}"
            return 1
        fi
        cp -a "$d" "$dest/.deps"
        echo "handed the root $d (sha256 $stamp); its scripts/fetch-third-party.sh checks the stamp"
    fi
}

make_test() {
    in_root 'cd /root/zhaoshang && make test'
}

make_run() {
    rm -f "$root/root/startup.png"
    in_root "cd /root/zhaoshang && ZHAOSHANG_DEMO_HQ_PORT=$hq_port ZHAOSHANG_DEMO_SCREENSHOT=/root/startup.png \
             timeout 900 make run"
    echo "---- start-up checks"
    grep -q '^run-demo: starting zhaoshang on' "$logs/5-make-run.log"
    [ -s "$root/root/startup.png" ] || { echo "the app saved no screenshot: it did not come up"; return 1; }
    [ "$(head -c 8 "$root/root/startup.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
        { echo "the screenshot is not a PNG"; return 1; }
    cp "$root/root/startup.png" "$logs/startup.png"
    in_root 'identify /root/startup.png' || true
    # The screenshot hook grabs the lock screen too when unlocking fails: the session must say it unlocked.
    grep -q '^zs.session: unlocked' "$logs/5-make-run.log" || { echo "the app did not unlock the demo workspace"; return 1; }
    # The demo HQ answered: its audit log has the demo accounts' TLS logins (the HQ has stopped with the app).
    in_root 'cd /root/zhaoshang && build/bin/zhaoshang-hq audit --data demo/hq/data --key-file demo/hq/store.key \
             --limit 1000' >"$logs/hq-audit.jsonl"
    local logins
    logins=$(grep -c '"action":"login".*"outcome":"ok"\|"outcome":"ok".*"action":"login"' "$logs/hq-audit.jsonl" || true)
    echo "demo HQ audit: $(wc -l <"$logs/hq-audit.jsonl") entries, $logins successful logins"
    [ "$logins" -ge 1 ] || { echo "the demo HQ's audit log shows no successful login"; tail -5 "$logs/hq-audit.jsonl"; return 1; }
    grep -q 'gz-li' "$logs/hq-audit.jsonl" || { echo "the demo workspace (gz-li) never reached the demo HQ"; return 1; }
    echo "the app came up headless and unlocked the demo workspace (screenshot $logs/startup.png); the demo HQ answered"
}

# ---- run -------------------------------------------------------------------------------------------------------
if [ -z "$mirror" ]; then
    mirror=$(mirror_for bookworm | head -1)
    mirror=${mirror:-http://deb.debian.org/debian}
fi
mirror=${mirror%/}
security_mirror=$(mirror_for bookworm-security | head -1)
security_mirror=${security_mirror:-http://deb.debian.org/debian-security}
security_mirror=${security_mirror%/}
rev=$(git -C "$top" rev-parse HEAD)
# The demo HQ's port, moved off 18443 only if something on this machine already listens there (the chroot shares
# the host's network).
hq_port=18443
while (exec 3<>"/dev/tcp/127.0.0.1/$hq_port") 2>/dev/null; do hq_port=$((hq_port + 1)); done

say "commit $(git -C "$top" log -1 --format='%h %s' "$rev")"
dirty=$(git -C "$top" status --porcelain --untracked-files=no | wc -l)
[ "$dirty" -gt 0 ] && say "note: $dirty uncommitted change(s) in $top are not tested (the root gets a clone of HEAD)"
say "root $root, mirror $mirror (+ $security_mirror), deps: ${deps_from:-fetched inside the root with npm}"

run_step host-setup "$logs/0-host-setup.log" host_setup
run_step debootstrap "$logs/1-debootstrap.log" make_root
run_step configure-root "$logs/2-configure-root.log" configure_root
current_step=mount
mount_root # here, not in a step's subshell: the clean-up unmounts whatever is mounted under the root anyway
run_step install-make "$logs/2-install-make.log" install_make
run_step clone "$logs/3-clone.log" clone_project
run_step make-test "$logs/4-make-test.log" make_test
run_step make-run "$logs/5-make-run.log" make_run

echo
say "steps: $(printf '%s, ' "${step_times[@]}" | sed 's/, $//')"
mapfile -t summaries < <(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$logs/4-make-test.log")
mapfile -t totals < <(grep -E '^Total Test time' "$logs/4-make-test.log")
say "server-only ctest (build-server): ${summaries[0]:-?} (${totals[0]:-?})"
say "full ctest (build):               ${summaries[1]:-?} (${totals[1]:-?})"
say "make run: $(grep -m1 '^the app came up' "$logs/5-make-run.log")"
result=PASSED
