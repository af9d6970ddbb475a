#!/usr/bin/env bash
# Start-up before and after (issue 17): launch of the server to /health answering, the way the scripts
# started it before (Payara Micro unpacked anew into a temporary directory, BASELINE_WAR, default the
# WAR as built) and the way they start it now (bin/lib/common.sh, micro_prepare: the runtime unpacked
# once, the classes mapped from the class data archive), alternately, STARTS times each, on a database
# whose schema is in place (the first start migrates it and records the archive; it is not counted).
# Prints and appends to results.md the median, minimum and maximum of each, wall time and the
# server's CPU time by then. With ORDERS > 0 the same again on a database of that many orders
# (generated as bench/scale.sh does them; BENCH_REUSE=1 keeps those generated before in the database
# BENCH_ORDERS_DB, default <APP_BENCH_DB_NAME>_orders).
#   bench/startup.sh [starts] [orders]     # defaults 3 and 0; BENCH_BUILD=0 skips the build
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bin/lib/common.sh"

STARTS="${1:-3}"
ORDERS="${2:-0}"
BENCH_DB_BASE="${APP_BENCH_DB_NAME:-linkage_bench_startup}"
PORT="${APP_BENCH_PORT:-8397}"
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DAYS=92

source "$BENCH/lib.sh"
bench_prepare
build_war
NEW_WAR="$ROOT/web/target/linkage.war"
OLD_WAR="${BASELINE_WAR:-$NEW_WAR}"
SERVER_LOG="$VAR/log/bench-startup.log"
trap 'status=$?; stop_app; exit $status' EXIT

# median, minimum and maximum of the numbers given
spread() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "%s (%s–%s)", v[int((NR + 1) / 2)], v[1], v[NR] }'; }

declare -A ROWS
LABELS=()
# Starts each way STARTS times, alternately, on BENCH_DB; its table row goes to ROWS[label].
compare() {
    local label="$1" i way old_ms=() old_cpu=() new_ms=() new_cpu=()
    stop_app
    start_app "$SERVER_LOG" # migrates what is missing and records the archive: not counted
    stop_app
    for (( i = 1; i <= STARTS; i++ )); do
        for way in before after; do
            if [ "$way" = before ]; then APP_CDS=false BENCH_WAR="$OLD_WAR" start_app "$SERVER_LOG"
            else APP_CDS=true BENCH_WAR="$NEW_WAR" start_app "$SERVER_LOG"; fi
            log "$label, $way, start $i: ready after $READY_MS ms, $READY_CPU_S s of CPU (load $(cut -d' ' -f1 /proc/loadavg))"
            if [ "$way" = before ]; then old_ms+=("$READY_MS"); old_cpu+=("$READY_CPU_S")
            else new_ms+=("$READY_MS"); new_cpu+=("$READY_CPU_S"); fi
            stop_app
        done
    done
    LABELS+=("$label")
    ROWS["$label"]="| $label | $(spread "${old_ms[@]}") | $(spread "${new_ms[@]}") | $(spread "${old_cpu[@]}") | $(spread "${new_cpu[@]}") |"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
BENCH_DB="${BENCH_DB_BASE}_empty"
ensure_database "$BENCH_DB" fresh
compare "empty database"

if [ "$ORDERS" -gt 0 ]; then
    BENCH_DB="${BENCH_ORDERS_DB:-${BENCH_DB_BASE}_orders}"
    if [ "${BENCH_REUSE:-}" = 1 ] && [ "$(sql -N -e 'SELECT COUNT(*) FROM routing_order' 2>/dev/null || echo 0)" = "$ORDERS" ]; then
        log "reusing the $ORDERS orders already in $BENCH_DB (BENCH_REUSE=1)"
    else
        ensure_database "$BENCH_DB" fresh
        start_app "$SERVER_LOG"
        log "generating $ORDERS orders over the last $DAYS days"
        generate_orders "$ORDERS" "$(date -u -d "today - $DAYS days" +%F)" "$DAYS"
        stop_app
    fi
    compare "$(sql -N -e 'SELECT COUNT(*) FROM routing_order') orders"
fi

{
    echo
    echo "## Start-up before and after — $(date -u '+%F %H:%M UTC')"
    echo
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(mariadb --version | sed 's/.*Distrib \([^,]*\).*/MariaDB \1/');"
    echo "load average $LOAD_BEFORE at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end. \`bench/startup.sh $STARTS $ORDERS\`: launch of the"
    echo "server to /health answering, median (min–max) of $STARTS starts each, before and after alternately, the schema"
    echo "already in place; CPU: the server's user + system time by then, all threads (the JIT's included)."
    echo "Before: Payara Micro unpacked anew into a temporary directory$([ "$OLD_WAR" = "$NEW_WAR" ] || echo ', the baseline WAR'); after: the runtime unpacked once, classes from the archive."
    echo
    echo "| database | start-up before, ms | after, ms | CPU before, s | after, s |"
    echo "|---|---|---|---|---|"
    for label in "${LABELS[@]}"; do echo "${ROWS["$label"]}"; done
} | tee -a "$BENCH/results.md"
