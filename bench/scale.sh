#!/usr/bin/env bash
# Start-up and the portal's busiest pages at scale (issue 17), each beside its baseline in the same
# run: the application started on an empty database of its own and its pages timed, then on a
# database of N orders (default 5,000,000, generated as routing keeps them, received over the last
# 92 days, the daily facts built) and the same pages timed. A page's time is the server's time to
# its first byte (curl's time_starttransfer on loopback), median of 7, signed in as the person who
# uses the page: the dispatcher's queue by tab, a unit operator's inbox and home, the supervisor's
# dashboard. Appends the table to results.md.
#   bench/scale.sh [orders]      # BENCH_BUILD=0 skips the build; BENCH_REUSE=1 keeps orders generated before
#                                # (started once unmeasured first, so that new migrations run before the measured start)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bin/lib/common.sh"

ORDERS="${1:-5000000}"
BENCH_DB="${APP_BENCH_DB_NAME:-linkage_bench_scale}"
PORT="${APP_BENCH_PORT:-8396}"
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DAYS=92
FROM=$(date -u -d "today - $DAYS days" +%F)
PAGES=("queue, 待研判:dispatcher:app/incidents.xhtml?tab=AWAITING"
       "queue, 处置中:dispatcher:app/incidents.xhtml?tab=HANDLING"
       "queue, 已超时:dispatcher:app/incidents.xhtml?tab=OVERDUE"
       "queue, 已办结:dispatcher:app/incidents.xhtml?tab=CLOSED"
       "queue, text search:dispatcher:app/incidents.xhtml?tab=ALL&text=%E6%80%92%E6%B1%9F"
       "unit inbox, 待办:UNIT:app/inbox.xhtml"
       "unit home (counts):UNIT:app/home.xhtml"
       "dashboard, last 30 days (its default):supervisor:app/dashboard.xhtml"
       "dashboard, last $DAYS days:supervisor:app/dashboard.xhtml?from=$FROM&to=$(date -u +%F)")

source "$BENCH/lib.sh"
bench_prepare
build_war
PASSWORD=$(sed -n 's/^app\.demo\.password=//p' "$ROOT/config/src/main/resources/META-INF/microprofile-config.properties")
SERVER_LOG="$VAR/log/bench-scale.log"
JAR="$VAR/log/bench-scale-cookies"
trap 'status=$?; stop_app; exit $status' EXIT

# Signs NAME in through the portal's form; the session's cookie goes to $JAR-NAME.
sign_in() {
    local name="$1" jar="$JAR-$1" page state
    rm -f "$jar"
    page=$(curl -fsS -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/login.xhtml")
    state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//' | head -1)
    curl -fsS -o /dev/null -c "$jar" -b "$jar" -X POST "http://127.0.0.1:$PORT/login.xhtml" \
        --data-urlencode "login=login" --data-urlencode "login:username=$name" \
        --data-urlencode "login:password=$PASSWORD" --data-urlencode "login:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$state"
    page=$(curl -fsS -b "$jar" "http://127.0.0.1:$PORT/app/home.xhtml")
    [[ "$page" == *session:logout* ]] || die "$name could not sign in through the portal"
}

# Median of 7 times to first byte of PAGE for NAME, in ms, after one untimed warm-up.
page_ms() {
    local name="$1" page="$2" times=() status
    status=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR-$name" "http://127.0.0.1:$PORT/$page")
    [ "$status" = 200 ] || die "$page answered $status to $name"
    for _ in 1 2 3 4 5 6 7; do
        times+=($(curl -s -o /dev/null -w '%{time_starttransfer}' -b "$JAR-$name" "http://127.0.0.1:$PORT/$page" \
            | awk '{ printf "%d", $1 * 1000 }'))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 4p
}

# One column of the table: start-up, then every page.
measure() {
    local column="$1"
    stop_app
    start_app "$SERVER_LOG"
    log "ready after $READY_MS ms ($column)"
    RESULTS["start-up: launch to /health answering|$column"]="$READY_MS"
    for who in dispatcher supervisor "$UNIT_ACCOUNT"; do sign_in "$who"; done
    for entry in "${PAGES[@]}"; do
        IFS=: read -r label who page <<<"$entry"
        [ "$who" = UNIT ] && who="$UNIT_ACCOUNT"
        RESULTS["$label|$column"]=$(page_ms "$who" "$page")
    done
}

declare -A RESULTS
FULL_DB="$BENCH_DB"
# The baseline: a database of its own with the schema in place and no orders (the first start
# migrates it, the second is measured)
BENCH_DB="${FULL_DB}_empty"
ensure_database "$BENCH_DB" fresh
start_app "$SERVER_LOG"
UNIT=$(sql -N -e "SELECT code FROM routing_linkage_unit WHERE tier < 3 ORDER BY code LIMIT 1")
UNIT_ACCOUNT=$(printf '%s' "$UNIT" | tr '[:upper:]' '[:lower:]')
measure empty
stop_app

BENCH_DB="$FULL_DB"
if [ "${BENCH_REUSE:-}" = 1 ] && [ "$(sql -N -e 'SELECT COUNT(*) FROM routing_order' 2>/dev/null || echo 0)" = "$ORDERS" ]; then
    log "reusing the $ORDERS orders already in $BENCH_DB (BENCH_REUSE=1)"
    GENERATED_S="earlier"
    # migrations added since the orders were generated run at this start (a backfill over millions of
    # rows, an index), unmeasured, so that the measured start-up finds them in place as in the other column
    started=$(date +%s)
    BENCH_START_WAIT=3600 start_app "$SERVER_LOG"
    log "started once unmeasured, migrations in place after $(( $(date +%s) - started )) s"
    stop_app
else
    ensure_database "$BENCH_DB" fresh
    start_app "$SERVER_LOG"
    log "generating $ORDERS orders over the last $DAYS days"
    started=$(date +%s)
    generate_orders "$ORDERS" "$FROM" "$DAYS"
    GENERATED_S="$(( $(date +%s) - started )) s"
    log "generated in $GENERATED_S; building the daily facts"
    for (( d = 0; d <= DAYS; d++ )); do
        day=$(date -u -d "$FROM + $d day" +%F)
        curl -fsS -u "supervisor:$PASSWORD" -X POST "http://127.0.0.1:$PORT/api/v1/figures/refresh?from=$day&to=$day" >/dev/null
    done
fi
COUNTS=$(sql -N -e "SELECT CONCAT(COUNT(*), ' orders, ', SUM(status = 'IN_HANDLING'), ' in handling') FROM routing_order")
UNIT_SHARE=$(sql -N -e "SELECT COUNT(*) FROM routing_instruction WHERE unit_code = '$UNIT'")
measure "$ORDERS orders"

{
    echo
    echo "## Start-up and portal pages at scale — $(date -u '+%F %H:%M UTC')"
    echo
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(mariadb --version | sed 's/.*Distrib \([^,]*\).*/MariaDB \1/');"
    echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg), InnoDB buffer pool $(( $(db_admin -N -e 'SELECT @@innodb_buffer_pool_size') / 1048576 )) MiB. \`bench/scale.sh $ORDERS\`:"
    echo "$COUNTS (generated in $GENERATED_S); the unit's inbox ($UNIT) holds $UNIT_SHARE instructions. Pages:"
    echo "time to first byte in ms, median of 7 after a warm-up, signed in through the portal; start-up: launch of"
    echo "the server to /health answering, the database's migrations already in place in both columns."
    echo
    echo "| what | empty database | $ORDERS orders |"
    echo "|---|---|---|"
    for label in "start-up: launch to /health answering" "${PAGES[@]%%:*}"; do
        echo "| $label | ${RESULTS["$label|empty"]} | ${RESULTS["$label|$ORDERS orders"]} |"
    done
} | tee -a "$BENCH/results.md"
