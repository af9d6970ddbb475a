#!/usr/bin/env bash
# Benchmark of what keeping the figures current costs each lifecycle action. Starts the application
# twice on one database of its own, first with APP_FIGURES_KEEP_CURRENT=false (the daily facts left
# to the nightly check, as before issue 17), then with it true, and each time takes N orders (default
# 100; each run a day of receipt of its own) through intake, dispatch, sign, result and confirm, one
# call at a time, timing every call (curl's total time). Prints the median and 90th percentile of each
# action both ways and the difference; then shows that the day of the first run has no figures until
# it is rebuilt, and that the second run's figures equal the recomputation (POST /figures/check finds
# no difference). The office calls with a token, the units and 110 with their keys, so no call pays
# the password hash.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bin/lib/common.sh"

ORDERS="${1:-100}"
BENCH_DB="${APP_BENCH_DB_NAME:-linkage_bench_facts}"
PORT="${APP_BENCH_PORT:-8393}"
UNIT="CITY_MANAGEMENT_BUREAU"

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_prepare
command -v jq >/dev/null || apt_install jq
ensure_database "$BENCH_DB" fresh
build_war
PASSWORD=$(sed -n 's/^app\.demo\.password=//p' "$ROOT/config/src/main/resources/META-INF/microprofile-config.properties")
BASE="http://127.0.0.1:$PORT/api/v1"
WORK=$(mktemp -d)
trap 'status=$?; stop_app; rm -rf "$WORK"; exit $status' EXIT

# One call, timed: appends curl's total time (ms) to $WORK/<mode>-<action>; the answer's body in $WORK/body.
call() {
    local mode="$1" action="$2" expected="$3"; shift 3
    local out code ms
    out=$(curl -sS -o "$WORK/body" -w '%{http_code} %{time_total}' "$@")
    code=${out%% *}
    [ "$code" = "$expected" ] || die "$action answered $code (expected $expected): $(head -c 400 "$WORK/body")"
    ms=$(awk -v t="${out#* }" 'BEGIN { printf "%.2f", t * 1000 }')
    echo "$ms" >>"$WORK/$mode-$action"
}


# median and 90th percentile of a file of numbers
stats() { sort -n "$1" | awk '{ v[NR] = $1 } END { printf "%s %s", v[int((NR + 1) / 2)], v[int(NR * 0.9)] }'; }

# N orders of one day through their lives, with the application started with keep-current $2
run() {
    local mode="$1" keep="$2" day="$3"
    log "run '$mode': APP_FIGURES_KEEP_CURRENT=$keep, $ORDERS orders received $day"
    APP_FIGURES_KEEP_CURRENT="$keep" start_app "$VAR/log/bench-facts-$mode.log"
    local token json incident instruction n
    token=$(curl -fsS -u "dispatcher:$PASSWORD" -X POST "$BASE/tokens" | jq -r '.access_token')
    [ -n "$token" ] || die "no token from POST /api/v1/tokens"
    local office=(-H "Authorization: Bearer $token") unit=(-H "X-API-Key: $(echo "$UNIT" | tr 'A-Z' 'a-z').$PASSWORD")
    local body=(-H 'Content-Type: application/json')
    for n in $(seq 1 $((ORDERS + 10))); do
        # the first 10 orders warm the server up and are not timed
        local m="$mode"; [ "$n" -le 10 ] && m="warm-up"
        json=$(printf '{"externalNumber":"110-bench-%s-%s","receivedAt":"%sT%02d:%02d:00+08:00","callerName":"市民",'\
'"callerPhone":"137%08d","address":"沈阳市于洪区怒江北街%s号","description":"路灯不亮，道路漆黑","categoryCode":"C01-05"}' \
            "$mode" "$n" "$day" $((8 + n % 12)) $((n % 60)) "$n" "$n")
        call "$m" intake 201 -H "X-API-Key: platform-110.$PASSWORD" -H 'Content-Type: application/json' -d "$json" \
            "$BASE/incidents"
        incident=$(jq -r '.id' "$WORK/body")
        call "$m" dispatch 200 "${office[@]}" "${body[@]}" -d "{\"dispatchMode\":\"IMMEDIATE\",\"leadUnit\":\"$UNIT\",\"reason\":\"bench\"}" \
            "$BASE/orders/$incident/dispatch"
        instruction=$(jq -r '.[0].id' "$WORK/body")
        call "$m" sign 200 "${unit[@]}" -X POST "$BASE/instructions/$instruction/actions/sign"
        call "$m" submit-result 200 "${unit[@]}" "${body[@]}" -d '{"text":"已修复"}' "$BASE/instructions/$instruction/actions/submit-result"
        call "$m" confirm 200 "${office[@]}" -X POST "$BASE/instructions/$instruction/confirm"
    done
    curl -fsS "${office[@]}" "$BASE/figures?from=$day&to=$day" >"$WORK/$mode-figures"
    stop_app
}

received() { jq -r '.counts.received' "$1"; }

run without false 2003-03-03
run with true 2003-03-04

log "checking: the first run's day is stale until rebuilt, the second run's is current"
APP_FIGURES_KEEP_CURRENT=true start_app "$VAR/log/bench-facts-check.log"
supervisor=$(curl -fsS -u "supervisor:$PASSWORD" -X POST "$BASE/tokens" | jq -r '.access_token')
check=$(curl -fsS -H "Authorization: Bearer $supervisor" -X POST "$BASE/figures/check?from=2003-03-04&to=2003-03-04")
refreshed=$(curl -fsS -H "Authorization: Bearer $supervisor" -X POST "$BASE/figures/refresh?from=2003-03-03&to=2003-03-03")
stop_app

printf '\n%s orders each way (and 10 to warm up), one call at a time; ms of curl'"'"'s total time.\n' "$ORDERS"
printf '\n| action | without: median | p90 | with: median | p90 | difference of the medians |\n|---|---|---|---|---|---|\n'
for action in intake dispatch sign submit-result confirm; do
    read -r a50 a90 < <(stats "$WORK/without-$action"; echo)
    read -r b50 b90 < <(stats "$WORK/with-$action"; echo)
    printf '| %s | %s | %s | %s | %s | %+.2f |\n' "$action" "$a50" "$a90" "$b50" "$b90" "$(awk -v a="$a50" -v b="$b50" 'BEGIN { print b - a }')"
done
printf '\nfigures of the run without, right after it: received %s; ' "$(received "$WORK/without-figures")"
printf 'with: received %s (of %s orders each).\n' "$(received "$WORK/with-figures")" "$((ORDERS + 10))"
printf 'check of the run with: %s\n' "$(echo "$check" | jq -c '.days[0] | {orders, ordersDiffering, rowsDiffering}')"
printf 'rebuild of the run without: %s\n' "$(echo "$refreshed" | jq -c '.days[0] | {orders, ordersDiffering, rowsDiffering}')"
