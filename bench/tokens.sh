#!/usr/bin/env bash
# Benchmark of a desk system's call authenticated with a token against the same call with HTTP Basic:
# starts the application on a database of its own, exchanges the dispatcher's login for a token once,
# then times N calls (default 200) each way, after a warm-up, printing the median and 90th percentile
# of curl's total time: of a call that does no work past authentication (POST /api/v1/tokens/refresh
# with an empty body, open to anyone, 401), without a credential, with the token and with Basic — the
# differences are what authenticating costs — and of a real read (GET /api/v1/notifications). Basic
# pays the password hash (PBKDF2, 210,000 iterations) on every call; the token is checked by its
# signature alone.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bin/lib/common.sh"

CALLS="${1:-200}"
BENCH_DB="${APP_BENCH_DB_NAME:-linkage_bench_tokens}"
PORT="${APP_BENCH_PORT:-8392}"

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_prepare
ensure_database "$BENCH_DB" fresh
build_war

mkdir -p "$VAR/log"
SERVER_LOG="$VAR/log/bench-tokens.log"
log "starting the application on $BENCH_DB (log: $SERVER_LOG)"
APP_DB_URL="$(jdbc_url "$BENCH_DB")" APP_DB_USER="$DB_USER" APP_DB_PASSWORD="$DB_PASSWORD" APP_WATCH_ENABLED=false APP_DEMO_ACCOUNTS=true \
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
BASE="http://127.0.0.1:$PORT/api/v1"

TOKEN=$(curl -fsS -u "dispatcher:$PASSWORD" -X POST "$BASE/tokens" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || die "no token from POST /api/v1/tokens"

# times N calls with these curl arguments (the URL last); prints "median p90" in milliseconds
timed() {
    local n="$1"; shift
    for _ in $(seq 1 "$n"); do
        curl -sS -o /dev/null -w '%{time_total}\n' "$@"
    done | awk '{ printf "%.1f\n", $1 * 1000 }' | sort -n \
         | awk '{ v[NR] = $1 } END { printf "%s %s\n", v[int((NR + 1) / 2)], v[int(NR * 0.9)] }'
}
# The authentication alone: POST /tokens/refresh with an empty body is open to anyone and answers 401
# at once, so the same call with a credential differs from it by that credential's check only.
REFRESH=(-X POST -H 'Content-Type: application/json' -d '{}' "$BASE/tokens/refresh")

log "warming up"
timed 30 -u "dispatcher:$PASSWORD" "$BASE/notifications" >/dev/null
timed 30 -H "Authorization: Bearer $TOKEN" "$BASE/notifications" >/dev/null
timed 30 "${REFRESH[@]}" >/dev/null
log "timing"
read -r none_median none_p90 < <(timed "$CALLS" "${REFRESH[@]}")
read -r bearer_auth_median bearer_auth_p90 < <(timed "$CALLS" -H "Authorization: Bearer $TOKEN" "${REFRESH[@]}")
read -r basic_auth_median basic_auth_p90 < <(timed "$CALLS" -u "dispatcher:$PASSWORD" "${REFRESH[@]}")
read -r bearer_median bearer_p90 < <(timed "$CALLS" -H "Authorization: Bearer $TOKEN" "$BASE/notifications")
read -r basic_median basic_p90 < <(timed "$CALLS" -u "dispatcher:$PASSWORD" "$BASE/notifications")

cat <<RESULT

  $CALLS calls each, ms of curl's total time (median, p90):
  authentication alone (POST /api/v1/tokens/refresh, empty body, 401):
    no credential                 $none_median   $none_p90
    Bearer token                  $bearer_auth_median   $bearer_auth_p90
    HTTP Basic (staff login)      $basic_auth_median   $basic_auth_p90
  a desk system's read (GET /api/v1/notifications):
    Bearer token                  $bearer_median   $bearer_p90
    HTTP Basic (staff login)      $basic_median   $basic_p90
RESULT
