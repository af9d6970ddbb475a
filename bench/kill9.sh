#!/usr/bin/env bash
# Durability under kill -9: starts the application on a database of its own, drives intake over
# HTTP from W workers (default 8) and kills the server with SIGKILL R times (default 3), restarting
# it each time, while the workers keep delivering (retrying whatever was not acknowledged). At the
# end every incident the server acknowledged (201 or 200) must be stored. Prints the
# counts and appends them to results.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bin/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/deliveries.sh"

WORKERS="${1:-8}"
ROUNDS="${2:-3}"
BENCH_DB="${APP_BENCH_DB_NAME:-linkage_bench_kill9}"
PORT="${APP_BENCH_PORT:-8393}"

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_prepare
ensure_database "$BENCH_DB" fresh
build_war
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

trap 'touch "$WORK/stop"; [ -n "$server" ] && kill -9 "$server" 2>/dev/null; wait 2>/dev/null || true' EXIT
log "starting the application on $BENCH_DB (log: $SERVER_LOG)"
start_server
for w in $(seq 1 "$WORKERS"); do deliver "$WORK" "$BASE" "platform-110.$PASSWORD" 110-kill9 "$w" & done
for round in $(seq 1 "$ROUNDS"); do
    sleep 20
    log "round $round: kill -9"
    kill -9 "$server"; wait "$server" 2>/dev/null || true
    start_server
done
sleep 15
touch "$WORK/stop"
sleep 12
tally "$WORK" "$BENCH_DB" 110-kill9
acked_count=$ACKED missing=$MISSING errors=$ERRORS refused=$REFUSED
echo "kill -9 ×$ROUNDS with $WORKERS workers: $acked_count acknowledged, $missing of them missing; refused $refused; not acknowledged (retried): ${errors:-none}"
{
    echo
    echo "## Durability under kill -9 — $(date +%F)"
    echo
    echo "\`bench/kill9.sh $WORKERS $ROUNDS\`: $acked_count incidents acknowledged (201/200) over $ROUNDS SIGKILL"
    echo "restarts, **$missing missing** afterwards; $refused refused with a 4xx problem;"
    echo "answers that were not an acknowledgement and were retried: ${errors:-none} (000 = no connection,"
    echo "429 = the rate limit; the port stays closed until the application has deployed)."
} >>"$(dirname "${BASH_SOURCE[0]}")/results.md"
[ "$missing" = 0 ] || die "$missing acknowledged incidents are missing"
