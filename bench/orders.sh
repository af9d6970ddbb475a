#!/usr/bin/env bash
# Benchmark of the figures end to end over raw orders: starts the application on a database of its
# own (its migrations make every table), generates a quarter of N orders (default 5,000,000) as
# routing keeps them — instructions and their sign-for and result stages, some returned, some still
# open — has the application build the daily facts from them day by day (as its sweep does), checks
# that the facts add up to the raw rows, and times the quarter's figures: the facts' queries (7 runs,
# median) and GET /api/v1/figures over HTTP.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bin/lib/common.sh"

ORDERS="${1:-5000000}"
BENCH_DB="${APP_BENCH_DB_NAME:-linkage_bench_orders}"
PORT="${APP_BENCH_PORT:-8391}"
FROM="2026-07-01"
TO="2026-09-30"
DAYS=92

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_prepare

ensure_database "$BENCH_DB" fresh
build_war

mkdir -p "$VAR/log"
SERVER_LOG="$VAR/log/bench-orders.log"
log "starting the application on $BENCH_DB (log: $SERVER_LOG)"
APP_DB_URL="$(jdbc_url "$BENCH_DB")" APP_DB_USER="$DB_USER" APP_DB_PASSWORD="$DB_PASSWORD" APP_WATCH_ENABLED=false \
    java -Xmx2g -jar "$ROOT/web/target/payara-micro.jar" "${MICRO_ARGS[@]}" --nocluster --port "$PORT" --contextroot / \
    --deploy "$ROOT/web/target/linkage.war" >"$SERVER_LOG" 2>&1 &
server=$!
trap 'status=$?; kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; exit $status' EXIT
for _ in $(seq 1 240); do
    kill -0 "$server" 2>/dev/null || die "the application stopped; see $SERVER_LOG"
    curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
    sleep 1
done
curl -fs "http://127.0.0.1:$PORT/health" >/dev/null || die "the application did not become ready; see $SERVER_LOG"
PASSWORD=$(sed -n 's/^app\.demo\.password=//p' "$ROOT/config/src/main/resources/META-INF/microprofile-config.properties")
api() { curl -fsS -u "supervisor:$PASSWORD" "$@"; }

log "generating $ORDERS orders over $DAYS days"
started=$(date +%s)
generate_orders "$ORDERS" "$FROM" "$DAYS"
log "generated in $(( $(date +%s) - started )) s"

log "building the daily facts of $DAYS days through the application (POST /api/v1/figures/refresh, a day a call)"
times=()
for (( d = 0; d < DAYS; d++ )); do
    day=$(date -d "$FROM + $d day" +%F)
    t0=$(date +%s%N); api -X POST "http://127.0.0.1:$PORT/api/v1/figures/refresh?from=$day&to=$day" >/dev/null
    times+=($(( ($(date +%s%N) - t0) / 1000000 )))
done
DAY_MEDIAN=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( DAYS / 2 ))p")
DAY_TOTAL=$(printf '%s\n' "${times[@]}" | awk '{ s += $1 } END { print s }')

ORDER_COUNT=$(sql -N -e "SELECT COUNT(*) FROM routing_order")
FACT_RECEIVED=$(sql -N -e "SELECT SUM(received) FROM supervision_daily_fact WHERE day BETWEEN '$FROM' AND '$TO'")
INSTRUCTIONS=$(sql -N -e "SELECT COUNT(*) FROM routing_instruction")
FACT_DISPATCHED=$(sql -N -e "SELECT SUM(dispatched) FROM supervision_daily_fact WHERE day BETWEEN '$FROM' AND '$TO'")
CLOSED=$(sql -N -e "SELECT COUNT(*) FROM routing_order WHERE status = 'CLOSED'")
FACT_CLOSED=$(sql -N -e "SELECT SUM(closed) FROM supervision_daily_fact WHERE day BETWEEN '$FROM' AND '$TO'")
FACT_ROWS=$(sql -N -e "SELECT COUNT(*) FROM supervision_daily_fact")
[ "$ORDER_COUNT" = "$FACT_RECEIVED" ] && [ "$INSTRUCTIONS" = "$FACT_DISPATCHED" ] && [ "$CLOSED" = "$FACT_CLOSED" ] \
    || die "the facts do not add up: orders $ORDER_COUNT/$FACT_RECEIVED, instructions $INSTRUCTIONS/$FACT_DISPATCHED, closed $CLOSED/$FACT_CLOSED"

SUMS=$(sql -N -e "SELECT GROUP_CONCAT(CONCAT('SUM(', column_name, ')') ORDER BY ordinal_position)
    FROM information_schema.columns WHERE table_schema = '$BENCH_DB' AND table_name = 'supervision_daily_fact'
    AND ordinal_position BETWEEN 6 AND 30")
QUARTER="day BETWEEN '$FROM' AND '$TO'"
http_times=()
for _ in 1 2 3 4 5 6 7; do
    t0=$(date +%s%N); api "http://127.0.0.1:$PORT/api/v1/figures?from=$FROM&to=$TO" >/dev/null
    http_times+=($(( ($(date +%s%N) - t0) / 1000000 )))
done
auth_times=()
for _ in 1 2 3 4 5 6 7; do
    t0=$(date +%s%N); api "http://127.0.0.1:$PORT/api/v1/figures/reports" >/dev/null
    auth_times+=($(( ($(date +%s%N) - t0) / 1000000 )))
done

printf '\n%s orders (%s instructions, %s closed) received %s to %s; %s fact rows; facts add up to the raw rows.\n' \
    "$ORDER_COUNT" "$INSTRUCTIONS" "$CLOSED" "$FROM" "$TO" "$FACT_ROWS"
printf '\n| step | ms |\n|---|---|\n'
printf '| build one day of facts from its raw orders (median of %s days, HTTP call incl.) | %s |\n' "$DAYS" "$DAY_MEDIAN"
printf '| build all %s days | %s |\n' "$DAYS" "$DAY_TOTAL"
printf '| quarter, all figures: facts query (median of 7, incl. client start) | %s |\n' \
    "$(median_ms "SELECT '', $SUMS FROM supervision_daily_fact WHERE $QUARTER")"
printf '| quarter, per unit (ranking): facts query (median of 7) | %s |\n' \
    "$(median_ms "SELECT unit_code, $SUMS FROM supervision_daily_fact WHERE $QUARTER GROUP BY unit_code")"
printf '| quarter, GET /api/v1/figures over HTTP (median of 7, incl. the password check) | %s |\n' \
    "$(printf '%s\n' "${http_times[@]}" | sort -n | sed -n 4p)"
printf '| a staff call of the API without figures, for comparison (median of 7) | %s |\n' \
    "$(printf '%s\n' "${auth_times[@]}" | sort -n | sed -n 4p)"
