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

ensure_build_tools
command -v curl >/dev/null || apt_install curl
ensure_mariadb
ensure_fonts
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
port_answers 127.0.0.1 "$PORT" && die "port $PORT is taken; set APP_BENCH_PORT to another port"

ensure_database "$BENCH_DB" fresh
if [ ! -f "$ROOT/web/target/linkage.war" ] || [ "${BENCH_BUILD:-1}" = 1 ]; then
    log "building"
    (cd "$ROOT" && mvn -B -ntp -q package -DskipTests)
fi

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

# The orders: received evenly over the quarter; 5% sent back to 110 (no instruction), 85% closed,
# 10% still in handling; lead units, sub-districts and items spread over the reference data.
log "generating $ORDERS orders over $DAYS days"
started=$(date +%s)
sql <<SQL
CREATE TEMPORARY TABLE bench_unit AS
    SELECT ROW_NUMBER() OVER (ORDER BY code) - 1 AS n, code, tier FROM routing_linkage_unit WHERE tier < 3;
CREATE TEMPORARY TABLE bench_place AS
    SELECT ROW_NUMBER() OVER (ORDER BY code) - 1 AS n, code FROM routing_linkage_unit WHERE kind = 'SUB_DISTRICT';
SET @units = (SELECT COUNT(*) FROM bench_unit);
SET @places = (SELECT COUNT(*) FROM bench_place);
CREATE TABLE bench_numbers (n BIGINT PRIMARY KEY, unit VARCHAR(40), tier INT, place VARCHAR(40)) ENGINE = InnoDB;
INSERT INTO bench_numbers SELECT s.seq, u.code, u.tier, p.code FROM seq_1_to_$ORDERS s
    JOIN bench_unit u ON u.n = s.seq % @units JOIN bench_place p ON p.n = s.seq % @places;
SQL
CHUNK=500000
for (( offset = 0; offset < ORDERS; offset += CHUNK )); do
    sql <<SQL
SET unique_checks = 0;
SET foreign_key_checks = 0;
INSERT INTO routing_order (incident_id, status, source, received_at, address, sub_district, description, item_code,
    on_scene_dispute, threat_to_safety, utilities_hazard, needs_police_first, proposed_rule, proposed_reason,
    proposed_class, proposed_level, proposed_mode, handling_class, level, dispatch_mode, lead_unit, assessed_at,
    dispatch_round, result_round, closed_at)
SELECT n, CASE WHEN n % 20 = 0 THEN 'SENT_TO_POLICE' WHEN n % 10 = 1 THEN 'IN_HANDLING' ELSE 'CLOSED' END,
       'PLATFORM_110', TIMESTAMP('$FROM') - INTERVAL 8 HOUR + INTERVAL ((n - 1) * $DAYS * 86400 DIV $ORDERS) SECOND,
       '怒江北街1号', place, '测试', CONCAT('C0', 1 + n % 9, '-01'), FALSE, FALSE, FALSE, FALSE,
       'DEFAULT_SOURCE_DIVERSION', '测试', 'SOURCE_DIVERSION', 2, 'IMMEDIATE', 'SOURCE_DIVERSION', 2, 'IMMEDIATE',
       IF(n % 20 = 0, NULL, unit), TIMESTAMP('$FROM') - INTERVAL 8 HOUR + INTERVAL ((n - 1) * $DAYS * 86400 DIV $ORDERS + 60) SECOND,
       1, IF(n % 10 = 1 OR n % 20 = 0, 0, 1),
       IF(n % 20 = 0 OR n % 10 = 1, NULL, TIMESTAMP('$FROM') - INTERVAL 8 HOUR + INTERVAL ((n - 1) * $DAYS * 86400 DIV $ORDERS + 86400) SECOND)
FROM bench_numbers WHERE n > $offset AND n <= $offset + $CHUNK;
INSERT INTO routing_instruction (id, incident_id, unit_code, channel, role, level, tier, unit_class, status,
    dispatch_round, dispatched_at, signed_at, signed_by, updated_at, return_reason, result_text)
SELECT n, n, unit, 'DIRECT', 'LEAD', 2, tier, 'ALL',
       CASE WHEN n % 33 = 0 THEN 'RETURNED' WHEN n % 10 = 1 THEN 'SIGNED' ELSE 'REPORTED_BACK' END, 1,
       TIMESTAMP('$FROM') - INTERVAL 8 HOUR + INTERVAL ((n - 1) * $DAYS * 86400 DIV $ORDERS + 60) SECOND,
       TIMESTAMP('$FROM') - INTERVAL 8 HOUR + INTERVAL ((n - 1) * $DAYS * 86400 DIV $ORDERS + 60 + (n % 40) * 60) SECOND,
       'bench', TIMESTAMP('$FROM'), IF(n % 33 = 0, '不属本单位职责', NULL),
       IF(n % 33 = 0 OR n % 10 = 1, NULL, '已办结')
FROM bench_numbers WHERE n > $offset AND n <= $offset + $CHUNK AND n % 20 <> 0;
INSERT INTO routing_instruction_stage (instruction_id, stage, due_at, done_at, outcome)
SELECT n, 'SIGN_FOR', TIMESTAMP('$FROM') - INTERVAL 8 HOUR + INTERVAL ((n - 1) * $DAYS * 86400 DIV $ORDERS + 60 + 1800) SECOND,
       TIMESTAMP('$FROM') - INTERVAL 8 HOUR + INTERVAL ((n - 1) * $DAYS * 86400 DIV $ORDERS + 60 + (n % 40) * 60) SECOND, 'DONE'
FROM bench_numbers WHERE n > $offset AND n <= $offset + $CHUNK AND n % 20 <> 0;
INSERT INTO routing_instruction_stage (instruction_id, stage, due_at, done_at, outcome)
SELECT n, 'RESULT', TIMESTAMP('$FROM') - INTERVAL 8 HOUR + INTERVAL ((n - 1) * $DAYS * 86400 DIV $ORDERS + 60 + 3 * 86400) SECOND,
       IF(n % 10 = 1, NULL, TIMESTAMP('$FROM') - INTERVAL 8 HOUR + INTERVAL ((n - 1) * $DAYS * 86400 DIV $ORDERS + (n % 5) * 86400) SECOND),
       CASE WHEN n % 10 = 1 THEN NULL WHEN n % 33 = 0 THEN 'SKIPPED' ELSE 'DONE' END
FROM bench_numbers WHERE n > $offset AND n <= $offset + $CHUNK AND n % 20 <> 0;
SQL
done
sql -e "DROP TABLE bench_numbers; ANALYZE TABLE routing_order, routing_instruction, routing_instruction_stage" >/dev/null
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
