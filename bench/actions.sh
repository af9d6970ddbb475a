#!/usr/bin/env bash
# The office's dispatch of an order as proposed and a unit's sign-for of an instruction over HTTP,
# each beside a bare JDBC baseline (issue 17): starts the application on a database of its own, makes
# through the API a subject for every request to come (orders awaiting assessment for the dispatch,
# instructions dispatched to the city management bureau for the sign-for: as many as the loads take,
# for the application and, apart, for the baseline), reads from MariaDB's general log the statements
# one dispatch and one sign-for issue on their connection, then for each load runs the application
# (open loop at a fixed rate, or as fast as it goes on N connections; latency from when each request
# was due, HdrHistogram) and right after it plain JDBC replaying those statements in one transaction
# per request on subjects of its own, at the same schedule and concurrency. Checks that the baseline
# left its subjects as the application left its own and added as many rows per request, then starts
# the application again without keeping the figures current and runs the same loads on it alone
# (what the facts, applied after commit while the request waits, cost). Prints all of it and appends
# it to results.md.
#   bench/actions.sh [seconds-per-load] [load...]   # default 20 s; rate:20:8 rate:50:8 max:8
# BENCH_BUILD=0 skips the build; BENCH_CAPS=APP:JDBC (default 40:250) the subjects made a second
# for a max load on each side (the load ends early when they are used up); BENCH_FACTS_OFF=0 skips
# the second start; BENCH_JFR=1 records the first start's loads with Flight Recorder
# (var/log/bench-actions.jfr).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bin/lib/common.sh"

SECONDS_PER_LOAD="${1:-20}"
shift || true
LOADS=("$@")
[ ${#LOADS[@]} -gt 0 ] || LOADS=(rate:20:8 rate:50:8 max:8)
BENCH_DB="${APP_BENCH_DB_NAME:-linkage_bench_actions}"
PORT="${APP_BENCH_PORT:-8395}"
CAPS="${BENCH_CAPS:-40:250}"
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
UNIT_KEY_NAME=city_management_bureau

source "$BENCH/lib.sh"
bench_prepare
command -v jq >/dev/null || apt_install jq
ensure_database "$BENCH_DB" fresh
build_war
load_generator actions LoadRunner.java ActionTemplate.java ActionCheck.java ActionRun.java ActionBench.java
WORK="$VAR/log/bench-actions"
rm -rf "$WORK" && mkdir -p "$WORK"
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
PASSWORD=$(sed -n 's/^app\.demo\.password=//p' "$ROOT/config/src/main/resources/META-INF/microprofile-config.properties")
KEY_110="platform-110.$PASSWORD"
UNIT_KEY="$UNIT_KEY_NAME.$PASSWORD"
BASE="http://127.0.0.1:$PORT"
trap 'status=$?; stop_app; exit $status' EXIT

# the dispatcher's token lives as long as the run (its password is not hashed on every call)
start() {
    APP_FIGURES_KEEP_CURRENT="$1" APP_TOKEN_ACCESS_TTL=PT8H start_app "$VAR/log/bench-actions-$2.log"
    log "ready after $READY_MS ms (figures kept current: $1)"
    TOKEN=$(curl -fsS -u "dispatcher:$PASSWORD" -X POST "$BASE/api/v1/tokens" | jq -r '.access_token')
    [ -n "$TOKEN" ] || die "no token from POST /api/v1/tokens"
}
bench() { java -Xmx1g -cp "$BENCH_CP" ActionBench "$@"; }

log "starting the application on $BENCH_DB"
start true run
# Every table with generated keys (but the audit events, whose ids the template finds by their
# waiting rows) counts in a range of its own: a captured id is then a number nothing else in the
# request's statements can be, and is replaced wherever it appears.
mapfile -t KEYED < <(sql -N -B -e "SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = DATABASE() AND extra LIKE '%auto_increment%' AND table_name <> 'platform_audit_event' ORDER BY table_name")
k=0
for keyed in "${KEYED[@]}"; do
    k=$((k + 1))
    sql -e "ALTER TABLE ${keyed%%$'\t'*} AUTO_INCREMENT = $((k * 1000000))"
done

log "making the subjects through the API (caps $CAPS a second for a max load)"
bench prepare "$BASE" "$TOKEN" "$KEY_110" "$WORK" "$SECONDS_PER_LOAD" "$CAPS" false "${LOADS[@]}"

# one request, as the load sends it; ACT_MS: curl's total time
act() {
    local action="$1" order="$2" instruction="$3" out
    if [ "$action" = dispatch ]; then
        out=$(curl -s -o "$WORK/answer.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" \
            -H 'Content-Type: application/json' -d '{}' "$BASE/api/v1/orders/$order/dispatch")
    else
        out=$(curl -s -o "$WORK/answer.json" -w '%{http_code} %{time_total}' -H "X-API-Key: $UNIT_KEY" -X POST \
            "$BASE/api/v1/instructions/$instruction/actions/sign")
    fi
    [ "${out%% *}" = 200 ] || die "$action answered ${out%% *}: $(head -c 300 "$WORK/answer.json")"
    ACT_MS=$(awk -v t="${out#* }" 'BEGIN { printf "%.1f", t * 1000 }')
}

# The statements of one request: two to warm up, the third with the general log on; the connection
# that carried its main write, in the order the log table keeps (the order written), and the keys the
# request's inserts got (the ids above each keyed table's highest before it).
capture() {
    local action="$1" main="$2" subject highest=() ids keyed table column thread order instruction
    local to_commit facts_after i=0
    mapfile -t subject <"$WORK/$action-capture.txt"
    act "$action" ${subject[0]}
    act "$action" ${subject[1]}
    sleep 1
    for keyed in "${KEYED[@]}"; do
        highest+=("$(sql -N -B -e "SELECT IFNULL(MAX(${keyed#*$'\t'}), 0) FROM ${keyed%%$'\t'*}")")
    done
    db_admin -e "SET GLOBAL log_output = 'TABLE'; TRUNCATE mysql.general_log; SET GLOBAL general_log = 1;"
    read -r order instruction <<<"${subject[2]}"
    act "$action" "$order" "$instruction"
    db_admin -e "SET GLOBAL general_log = 0;"
    main=${main//@order/$order}
    main=${main//@instruction/$instruction}
    thread=$(db_admin -N -B -e "SELECT thread_id FROM mysql.general_log WHERE command_type = 'Query'
        AND argument LIKE '$main' LIMIT 1")
    [ -n "$thread" ] || die "the $action's write ($main) is not in the general log"
    db_admin -N -B -e "SELECT TO_BASE64(argument) FROM mysql.general_log WHERE command_type = 'Query'
        AND thread_id = $thread" | sed 's/\\n//g' >"$WORK/$action-statements.b64"
    # the request's time in the database: from its connection's first statement to its commit; then
    # until the facts the request waits for (applied after that commit) have committed
    read -r to_commit facts_after < <(db_admin -N -B -e "
        SET @main = (SELECT MIN(event_time) FROM mysql.general_log WHERE thread_id = $thread AND argument LIKE '$main');
        SET @commit = (SELECT MIN(event_time) FROM mysql.general_log WHERE thread_id = $thread
            AND argument LIKE 'XA COMMIT%' AND event_time >= @main);
        SET @first = (SELECT MIN(event_time) FROM mysql.general_log WHERE thread_id = $thread AND command_type = 'Query');
        SELECT thread_id, event_time INTO @facts_thread, @facts_start FROM mysql.general_log
            WHERE argument LIKE 'INSERT INTO supervision_order_fact_head%VALUES ($order,%' LIMIT 1;
        SET @facts = (SELECT MIN(event_time) FROM mysql.general_log WHERE thread_id = @facts_thread
            AND argument LIKE 'XA COMMIT%' AND event_time >= @facts_start);
        SELECT ROUND(TIMESTAMPDIFF(MICROSECOND, @first, @commit) / 1000, 1),
               IFNULL(ROUND(TIMESTAMPDIFF(MICROSECOND, @commit, @facts) / 1000, 1), 'none');") || true
    db_admin -e "TRUNCATE mysql.general_log;"
    echo "- one $action alone (the third after two to warm up, general log on): answered in $ACT_MS ms (curl);" \
        "its connection's statements to the commit took $to_commit ms, the facts it waited for $facts_after ms" \
        "more (to their commit)" >>"$WORK/timing.md"
    : >"$WORK/$action-generated.txt"
    for keyed in "${KEYED[@]}"; do
        table=${keyed%%$'\t'*} column=${keyed#*$'\t'}
        ids=$(sql -N -B -e "SELECT GROUP_CONCAT($column ORDER BY $column SEPARATOR ' ') FROM $table WHERE $column > ${highest[$i]}")
        echo "$table ${ids/NULL/}" >>"$WORK/$action-generated.txt"
        i=$((i + 1))
    done
    log "one $action: $(wc -l <"$WORK/$action-statements.b64") statements on its connection (with what followed its commit)"
}
capture dispatch "UPDATE routing_order SET STATUS = %WHERE ((incident_id = @order) AND (VERSION = %"
capture sign "UPDATE routing_instruction SET STATUS = %SIGNED%WHERE ((ID = @instruction) AND (VERSION = %"

status=0
# the recording covers the first start's loads only (application and baseline alike)
JFR_FILE="$VAR/log/bench-actions.jfr"
[ "${BENCH_JFR:-0}" = 1 ] && jcmd "$server" JFR.start name=bench settings=profile filename="$JFR_FILE" >/dev/null
bench run "$BASE" "$TOKEN" "$UNIT_KEY" "$(jdbc_url "$BENCH_DB")" "$DB_USER" "$DB_PASSWORD" "$WORK" \
    "$SECONDS_PER_LOAD" "$CAPS" false "${LOADS[@]}" || status=$?
if [ "${BENCH_JFR:-0}" = 1 ]; then jcmd "$server" JFR.stop name=bench >/dev/null; log "flight recording: $JFR_FILE"; fi
[ "$status" = 0 ] || [ "$status" = 3 ] || die "the benchmark failed ($status)"
if [ "${BENCH_FACTS_OFF:-1}" != 0 ]; then
    stop_app
    log "starting the application again, the figures not kept current"
    start false nofacts
    bench prepare "$BASE" "$TOKEN" "$KEY_110" "$WORK" "$SECONDS_PER_LOAD" "$CAPS" true "${LOADS[@]}"
    bench run "$BASE" "$TOKEN" "$UNIT_KEY" "$(jdbc_url "$BENCH_DB")" "$DB_USER" "$DB_PASSWORD" "$WORK" \
        "$SECONDS_PER_LOAD" "$CAPS" true "${LOADS[@]}"
fi

{
    echo
    echo "## Dispatch and sign-for beside a bare JDBC baseline — $(date -u '+%F %H:%M UTC')"
    echo
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(mariadb --version | sed 's/.*Distrib \([^,]*\).*/MariaDB \1/');"
    echo "load average $LOAD_AT_START at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end (shared with other builds)."
    echo "\`bench/actions.sh $SECONDS_PER_LOAD ${LOADS[*]}\` (caps $CAPS): $SECONDS_PER_LOAD s per load and side; the dispatch is"
    echo "the office's as proposed (\`{}\`, with a token) of an order awaiting assessment (proposed: diverted to 12345),"
    echo "the sign-for the unit's (with its key) of an instruction dispatched to it; each request its own subject, made"
    echo "through the API beforehand, the baseline's apart. The baseline replays in one transaction the statements the"
    echo "request issued on its connection up to its commit (general log); not replayed: what follows the commit while"
    echo "the request waits (the figures' facts, on that connection or another) and the sealer. Latency in ms from when"
    echo "each request was due (coordinated omission corrected); ratio = application / baseline throughput."
    echo
    echo "| action | load | app /s | app p50 | app p90 | app p99 | app max | JDBC /s | JDBC p50 | JDBC p99 | JDBC max | ratio | app failed |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
    cat "$WORK/rows.md"
    if [ -f "$WORK/rows-nofacts.md" ]; then
        echo
        echo "The application started again with \`APP_FIGURES_KEEP_CURRENT=false\` (no facts after commit), same loads:"
        echo
        echo "| action | load | app /s | app p50 | app p90 | app p99 | app max | app failed |"
        echo "|---|---|---|---|---|---|---|---|"
        cat "$WORK/rows-nofacts.md"
    fi
    echo
    echo "What the baseline wrote against what the application wrote, and one request timed alone:"
    echo
    cat "$WORK/checks.md" "$WORK/timing.md"
} >>"$BENCH/results.md"
[ "$status" = 0 ] || die "the baseline does not write what the application writes (see results.md)"
