#!/usr/bin/env bash
# Durability under kill -9: starts the application on a database of its own, drives intake over
# HTTP from W workers (default 8) and kills the server with SIGKILL R times (default 3), restarting
# it each time, while the workers keep delivering (retrying whatever was not acknowledged). At the
# end every incident the server acknowledged (201 or 200) must be stored. Prints the
# counts and appends them to results.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bin/lib/common.sh"

WORKERS="${1:-8}"
ROUNDS="${2:-3}"
BENCH_DB="${APP_BENCH_DB_NAME:-linkage_bench_kill9}"
PORT="${APP_BENCH_PORT:-8393}"

ensure_build_tools
command -v curl >/dev/null || apt_install curl
ensure_mariadb
ensure_fonts
port_answers 127.0.0.1 "$PORT" && die "port $PORT is taken; set APP_BENCH_PORT to another port"
ensure_database "$BENCH_DB" fresh
if [ ! -f "$ROOT/web/target/linkage.war" ] || [ "${BENCH_BUILD:-1}" = 1 ]; then
    log "building"
    (cd "$ROOT" && mvn -B -ntp -q package -DskipTests)
fi
mkdir -p "$VAR/log"
SERVER_LOG="$VAR/log/bench-kill9.log"
WORK="$(mktemp -d)"
PASSWORD=$(sed -n 's/^app\.demo\.password=//p' "$ROOT/config/src/main/resources/META-INF/microprofile-config.properties")
BASE="http://127.0.0.1:$PORT/api/v1"
server=""

start_server() {
    APP_DB_URL="$(jdbc_url "$BENCH_DB")" APP_DB_USER="$DB_USER" APP_DB_PASSWORD="$DB_PASSWORD" APP_WATCH_ENABLED=false \
        APP_DEMO_ACCOUNTS=true java -Xmx1g -jar "$ROOT/web/target/payara-micro.jar" "${MICRO_ARGS[@]}" --nocluster --port "$PORT" \
        --contextroot / --deploy "$ROOT/web/target/linkage.war" >>"$SERVER_LOG" 2>&1 &
    server=$!
    for _ in $(seq 1 300); do
        curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && return 0
        sleep 1
    done
    die "the application did not become ready; see $SERVER_LOG"
}

# one worker: delivers incidents one after the other; a number is retried until acknowledged and
# then written to its file of acknowledged numbers
worker() {
    local id="$1" n=0 number received status
    while [ ! -f "$WORK/stop" ]; do
        n=$((n + 1))
        number="110-kill9-$id-$n"
        received="$(date -u +%FT%TZ)"   # one body per number: a retry is the same delivery
        while [ ! -f "$WORK/stop" ]; do
            status=$(curl -s -o /dev/null -w '%{http_code} %{content_type}' -m 10 -X POST "$BASE/incidents" \
                -H "X-API-Key: platform-110.$PASSWORD" -H 'Content-Type: application/json' \
                -d "{\"externalNumber\":\"$number\",\"receivedAt\":\"$received\",\"callerName\":\"王五\",\"callerPhone\":\"139$(printf '%02d%06d' "$id" "$n")\",\"address\":\"沈阳市于洪区怒江北街$n号\",\"description\":\"井盖缺失\",\"categoryCode\":\"C01-01\"}" \
                || true)
            # Payara's own 404 page while the application is not deployed yet is "retry", as the README
            # tells agencies; the application's refusals are problem+json
            case "$status" in
                200\ *|201\ *) echo "$number" >>"$WORK/acked-$id"; break ;;
                4??\ application/problem+json*) [ "${status%% *}" = 429 ] || { echo "$number $status" >>"$WORK/refused-$id"; break; }
                    echo "${status%% *}" >>"$WORK/errors-$id"; sleep 0.2 ;;
                *) echo "${status%% *}" >>"$WORK/errors-$id"; sleep 0.2 ;;
            esac
        done
    done
}

trap 'touch "$WORK/stop"; [ -n "$server" ] && kill -9 "$server" 2>/dev/null; wait 2>/dev/null || true' EXIT
log "starting the application on $BENCH_DB (log: $SERVER_LOG)"
start_server
for w in $(seq 1 "$WORKERS"); do worker "$w" & done
for round in $(seq 1 "$ROUNDS"); do
    sleep 20
    log "round $round: kill -9"
    kill -9 "$server"; wait "$server" 2>/dev/null || true
    start_server
done
sleep 15
touch "$WORK/stop"
sleep 12
acked=$(cat "$WORK"/acked-* 2>/dev/null | sort -u)
acked_count=$(printf '%s\n' "$acked" | grep -c . || true)
stored=$(mariadb --protocol=tcp -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" -p"$DB_PASSWORD" -N "$BENCH_DB" -e \
    "SELECT external_number FROM intake_incident WHERE external_number LIKE '110-kill9-%'" | sort -u)
missing=$(comm -23 <(printf '%s\n' "$acked" | grep . || true) <(printf '%s\n' "$stored" | grep . || true) | grep -c . || true)
errors=$(cat "$WORK"/errors-* 2>/dev/null | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')
refused=$(cat "$WORK"/refused-* 2>/dev/null | grep -c . || true)
echo "kill -9 ×$ROUNDS with $WORKERS workers: $acked_count acknowledged, $missing of them missing; refused $refused; not acknowledged (retried): ${errors:-none}"
{
    echo
    echo "## Durability under kill -9 — $(date +%F)"
    echo
    echo "\`bench/kill9.sh $WORKERS $ROUNDS\`: $acked_count incidents acknowledged (201/200) over $ROUNDS SIGKILL"
    echo "restarts, **$missing missing** afterwards; $refused refused with a 4xx problem;"
    echo "answers that were not an acknowledgement and were retried: ${errors:-none} (000 = no connection,"
    echo "404 = the server's own page before the application is deployed, 429 = the rate limit)."
} >>"$(dirname "${BASH_SOURCE[0]}")/results.md"
[ "$missing" = 0 ] || die "$missing acknowledged incidents are missing"
