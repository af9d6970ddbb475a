#!/usr/bin/env bash
# A whole district's working day at full size: DistrictDayIT (the test bin/test runs with 40 orders)
# with N orders (default 600: a district's non-police calls on a busy day) on a database of its
# own, every one of the 39 units and the office acting over HTTP with their own credentials; prints
# the day's summary line (orders by fate, calls, messages, time) and appends it to results.md.
# DISTRICT_DAY_SEED replays a day.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bin/lib/common.sh"

ORDERS="${1:-600}"
BENCH_DB="${APP_BENCH_DB_NAME:-linkage_bench_day}"

ensure_build_tools
ensure_mariadb
ensure_fonts
ensure_browser
ensure_database "$BENCH_DB" fresh

LOG_FILE="$VAR/log/bench-district-day.log"
mkdir -p "$VAR/log"
log "a district day of $ORDERS orders (log: $LOG_FILE)"
started=$(date +%s)
(cd "$ROOT" && mvn -B -ntp verify -pl web -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=DistrictDayIT -Dfailsafe.failIfNoSpecifiedTests=false -Ddistrict.day.orders="$ORDERS" \
    ${DISTRICT_DAY_SEED:+-Ddistrict.day.seed="$DISTRICT_DAY_SEED"} \
    -Dit.db.url="$(jdbc_url "$BENCH_DB")" -Dit.db.user="$DB_USER" -Dit.db.password="$DB_PASSWORD" \
    -Dit.db.migration.user="$DB_OWNER_USER" -Dit.db.migration.password="$DB_OWNER_PASSWORD") >"$LOG_FILE" 2>&1 \
    || die "the district day failed; see $LOG_FILE (its seed is in the failure)"
summary=$(grep -o 'district day (seed [^)]*).*' "$LOG_FILE" | tail -1)
took=$(( $(date +%s) - started ))
echo "$summary"
{
    echo
    echo "## District day — $(date +%F)"
    echo
    echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), MariaDB $(mariadb --version | grep -o 'Distrib [0-9.]*' | cut -d' ' -f2)."
    echo "\`bench/district-day.sh $ORDERS\`, all checks passed, $took s in all (build and server start included):"
    echo
    echo "    $summary"
} >>"$(dirname "${BASH_SOURCE[0]}")/results.md"
