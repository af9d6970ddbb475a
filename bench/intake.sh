#!/usr/bin/env bash
# Intake over HTTP beside a bare JDBC baseline (issue 17): starts the application on a database of
# its own, posts one incident with MariaDB's general log on to read the statements one intake issues,
# then for each load runs the application (open loop at a fixed rate, or as fast as it goes on N
# connections; latency from when each request was due, HdrHistogram) and, right after it on the same
# machine, plain JDBC replaying those statements in one transaction per incident at the same schedule
# and concurrency. Prints both and the ratio and appends them to results.md.
#   bench/intake.sh [seconds-per-load] [load...]   # default 20 s; rate:50:32 rate:100:32 rate:200:32 max:8 max:32
# BENCH_BUILD=0 skips the build; BENCH_JFR=1 records a flight recording of the application (its path
# is printed); BENCH_JAVA_OPTS passes JVM options to the server.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bin/lib/common.sh"

SECONDS_PER_LOAD="${1:-20}"
shift || true
LOADS=("$@")
[ ${#LOADS[@]} -gt 0 ] || LOADS=(rate:50:32 rate:100:32 rate:200:32 max:8 max:32)
BENCH_DB="${APP_BENCH_DB_NAME:-linkage_bench_intake}"
PORT="${APP_BENCH_PORT:-8394}"
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

source "$BENCH/lib.sh"
bench_prepare
ensure_database "$BENCH_DB" fresh
build_war
load_generator intake LoadRunner.java IntakeBench.java

SERVER_LOG="$VAR/log/bench-intake.log"
JFR_FILE="$VAR/log/bench-intake.jfr"
trap 'status=$?; stop_app; exit $status' EXIT
log "starting the application on $BENCH_DB (log: $SERVER_LOG)"
start_app "$SERVER_LOG"
log "ready after $READY_MS ms"
PASSWORD=$(sed -n 's/^app\.demo\.password=//p' "$ROOT/config/src/main/resources/META-INF/microprofile-config.properties")
API_KEY="platform-110.$PASSWORD"
post() {
    curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$PORT/api/v1/incidents" -H "X-API-Key: $API_KEY" \
        -H 'Content-Type: application/json' \
        -d "{\"externalNumber\":\"$1\",\"receivedAt\":\"$(date -u +%FT%TZ)\",\"callerName\":\"王五\",\"callerPhone\":\"$2\",\"address\":\"沈阳市于洪区怒江北街$3号\",\"description\":\"路口井盖缺失，行人和车辆经过很危险，请尽快处理\",\"categoryCode\":\"C01-01\"}"
}
for i in 1 2 3 4 5; do post "110-bench-warm-$i" "1380000000$i" "9$i" >/dev/null; done

# The statements of one intake: the general log on for one delivery, the connection that carried it.
# Its incident gets an id no other number of the statements can be taken for (IntakeBench's Template).
CAPTURED="110-bench-capture-$(date +%s)"
db_admin -e "ALTER TABLE \`$BENCH_DB\`.intake_incident AUTO_INCREMENT = 7000001"
STATEMENTS="$VAR/log/bench-intake-statements.b64"
db_admin -e "SET GLOBAL log_output = 'TABLE'; TRUNCATE mysql.general_log; SET GLOBAL general_log = 1;"
status=$(post "$CAPTURED" 13812345678 77)
db_admin -e "SET GLOBAL general_log = 0;"
[ "$status" = 201 ] || die "the captured delivery was answered $status"
CAPTURED_ID=$(sql -N -e "SELECT id FROM intake_incident WHERE external_number = '$CAPTURED'")
# the request's connection up to the commit that follows the incident's insert; then the order's
# daily facts, applied after that commit in a transaction of their own (on whichever connection)
db_admin -N -B -e "
    SET @t = (SELECT thread_id FROM mysql.general_log WHERE argument LIKE '%$CAPTURED%' LIMIT 1);
    SET @end = (SELECT MIN(event_time) FROM mysql.general_log WHERE thread_id = @t AND argument LIKE 'XA COMMIT%'
        AND event_time >= (SELECT MIN(event_time) FROM mysql.general_log WHERE thread_id = @t
            AND argument LIKE 'INSERT INTO intake_incident %'));
    SELECT thread_id, event_time INTO @f, @head FROM mysql.general_log
        WHERE argument LIKE 'INSERT INTO supervision_order_fact_head %VALUES ($CAPTURED_ID,%' LIMIT 1;
    SET @from = (SELECT MAX(event_time) FROM mysql.general_log WHERE thread_id = @f AND argument LIKE 'XA START%'
        AND event_time <= @head);
    SET @to = (SELECT MIN(event_time) FROM mysql.general_log WHERE thread_id = @f AND argument LIKE 'XA COMMIT%'
        AND event_time >= @head);
    SELECT TO_BASE64(argument) FROM mysql.general_log WHERE command_type = 'Query' AND thread_id = @t
        AND event_time <= @end ORDER BY event_time;
    SELECT TO_BASE64(argument) FROM mysql.general_log WHERE command_type = 'Query' AND thread_id = @f
        AND event_time BETWEEN @from AND @to ORDER BY event_time;" | sed 's/\\n//g' >"$STATEMENTS"
db_admin -e "TRUNCATE mysql.general_log;"
# what the baseline executes: all but the XA brackets (it commits where the application committed)
EXECUTED=$(while read -r line; do base64 -d <<<"$line" | head -c 3; echo; done <"$STATEMENTS" | grep -vc '^XA')
log "one intake: $EXECUTED statements (log: $STATEMENTS)"

ROWS="$VAR/log/bench-intake-rows.md"
# the recording covers the loads only, not the start
[ "${BENCH_JFR:-0}" = 1 ] && jcmd "$server" JFR.start name=bench settings=profile filename="$JFR_FILE" >/dev/null
java -Xmx1g -cp "$BENCH_CP" IntakeBench "http://127.0.0.1:$PORT" "$API_KEY" \
    "$(jdbc_url "$BENCH_DB")" "$DB_USER" "$DB_PASSWORD" "$STATEMENTS" "$CAPTURED" "$CAPTURED_ID" \
    "$SECONDS_PER_LOAD" "$ROWS" "${LOADS[@]}"
if [ "${BENCH_JFR:-0}" = 1 ]; then jcmd "$server" JFR.stop name=bench >/dev/null; log "flight recording: $JFR_FILE"; fi

{
    echo
    echo "## Intake beside a bare JDBC baseline — $(date -u '+%F %H:%M UTC')"
    echo
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(mariadb --version | sed 's/.*Distrib \([^,]*\).*/MariaDB \1/');"
    echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg). \`bench/intake.sh $SECONDS_PER_LOAD ${LOADS[*]}\`:"
    echo "$SECONDS_PER_LOAD s per load and side, one intake = $EXECUTED statements replayed by the baseline; latency"
    echo "in ms from when each request was due (coordinated omission corrected); ratio = application / baseline throughput."
    echo
    echo "| load | app /s | app p50 | app p90 | app p99 | app max | JDBC /s | JDBC p50 | JDBC p99 | JDBC max | ratio | app failed |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
    cat "$ROWS"
} >>"$BENCH/results.md"
