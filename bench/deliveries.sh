# Intake deliveries for the durability benches (kill9.sh, rolling.sh), sourced: workers that deliver
# numbered incidents and retry each one until it is acknowledged, and the tally of what was
# acknowledged against what is stored. Expects the settings of bin/lib/common.sh.

# deliver WORK BASE KEY PREFIX ID [PAUSE]: delivers incidents one after the other (PAUSE seconds
# between two, for a fixed rate) until WORK/stop exists; a number is retried until acknowledged and
# then written to WORK/acked-ID; answers that are not an acknowledgement go to WORK/errors-ID, the
# application's refusals (4xx problem+json other than 429) to WORK/refused-ID.
deliver() {
    local work="$1" base="$2" key="$3" prefix="$4" id="$5" pause="${6:-0}" n=0 number received status
    while [ ! -f "$work/stop" ]; do
        n=$((n + 1))
        number="$prefix-$id-$n"
        received="$(date -u +%FT%TZ)"   # one body per number: a retry is the same delivery
        while [ ! -f "$work/stop" ]; do
            status=$(curl -s -o /dev/null -w '%{http_code} %{content_type}' -m 10 -X POST "$base/incidents" \
                -H "X-API-Key: $key" -H 'Content-Type: application/json' \
                -d "{\"externalNumber\":\"$number\",\"receivedAt\":\"$received\",\"callerName\":\"王五\",\"callerPhone\":\"139$(printf '%02d%06d' "$id" "$n")\",\"address\":\"沈阳市于洪区怒江北街$n号\",\"description\":\"井盖缺失\",\"categoryCode\":\"C01-01\"}" \
                || true)
            case "$status" in
                200\ *|201\ *) echo "$number" >>"$work/acked-$id"; break ;;
                4??\ application/problem+json*) [ "${status%% *}" = 429 ] || { echo "$number $status" >>"$work/refused-$id"; break; }
                    echo "${status%% *}" >>"$work/errors-$id"; sleep 0.2 ;;
                *) echo "${status%% *}" >>"$work/errors-$id"; sleep 0.2 ;;
            esac
        done
        [ "$pause" = 0 ] || sleep "$pause"
    done
}

# tally WORK DATABASE PREFIX: sets ACKED (count), MISSING (acknowledged but not stored), REFUSED and
# ERRORS ("count×status ..." of the answers that were retried).
tally() {
    local work="$1" database="$2" prefix="$3" acked stored
    acked=$(cat "$work"/acked-* 2>/dev/null | sort -u)
    ACKED=$(printf '%s\n' "$acked" | grep -c . || true)
    stored=$(mariadb --protocol=tcp -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" -p"$DB_PASSWORD" -N "$database" -e \
        "SELECT external_number FROM intake_incident WHERE external_number LIKE '$prefix-%'" | sort -u)
    MISSING=$(comm -23 <(printf '%s\n' "$acked" | grep . || true) <(printf '%s\n' "$stored" | grep . || true) | grep -c . || true)
    ERRORS=$(cat "$work"/errors-* 2>/dev/null | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')
    REFUSED=$(cat "$work"/refused-* 2>/dev/null | grep -c . || true)
}
