#!/usr/bin/env bash
# Benchmark of the figures over a quarter: fills supervision's daily facts (built from supervision's
# own migration) as a quarter of N orders (default 5,000,000) spread over 92 days, 39 units, 12
# sub-districts and 9 categories would leave them, and times the queries the figures and the
# dashboard issue: the whole quarter, one sub-district, one unit, per day (the chart), per unit
# (the ranking). 7 runs each, median in ms, on the daily facts and, beside them, on the unit rows the
# figures read when no sub-district or category is asked for. The facts' build from raw orders is
# tested, not timed here.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bin/lib/common.sh"

ORDERS="${1:-5000000}"
BENCH_DB="${APP_BENCH_DB_NAME:-linkage_bench_figures}"
SCHEMA="$ROOT/supervision/src/main/resources/org/linkage110/supervision/internal/schema"

ensure_mariadb
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_database "$BENCH_DB" fresh
sql < "$SCHEMA/V4__daily_facts.sql"

# Each fact row is one (day, unit, sub-district, category) that had orders; 39 units x 12
# sub-districts x 9 categories = 4,212 combinations a day, of which a share is present.
log "filling the daily facts of $ORDERS orders over 92 days"
started=$(date +%s)
sql <<SQL
SET @per_row = GREATEST(1, ROUND($ORDERS / (92 * 2500)));
INSERT INTO supervision_daily_fact (day, unit_code, tier, sub_district, category, received, diverted, closed,
    sent_to_police, repeats, dispatched, signed, signed_on_time, fed_back, returned, callbacks_done,
    satisfaction_answers, satisfied, complaints, unresolved, sign_due, sign_on_time, contact_due, contact_on_time,
    arrive_due, arrive_on_time, report_due, report_on_time, result_due, result_on_time, refreshed_at)
SELECT DATE('2026-07-01') + INTERVAL d.seq DAY, CONCAT('UNIT_', u.seq), 1 + u.seq % 3, CONCAT('SD_', s.seq),
       CONCAT('C0', c.seq), @per_row, @per_row - 1, @per_row - 2, 1, u.seq % 3, @per_row + 1, @per_row, @per_row - 1,
       @per_row - 1, 1, 2, 2, 2, 0, 0, @per_row + 1, @per_row - 1, 1, 1, 1, 1, @per_row, @per_row - 2, @per_row,
       @per_row - 1, UTC_TIMESTAMP(6)
FROM seq_0_to_91 d, seq_1_to_39 u, seq_1_to_12 s, seq_1_to_9 c
WHERE (d.seq * 7 + u.seq * 13 + s.seq * 17 + c.seq * 19) % 100 < 60;
ANALYZE TABLE supervision_daily_fact \G
SQL
log "filled in $(( $(date +%s) - started )) s"
# the same facts summed per unit and tier, as supervision's migration fills them from the daily facts
sql < "$SCHEMA/V17_8__daily_unit_facts.sql"
ROWS=$(sql -N -e "SELECT COUNT(*) FROM supervision_daily_fact")
UNIT_ROWS=$(sql -N -e "SELECT COUNT(*) FROM supervision_daily_unit_fact")
RECEIVED=$(sql -N -e "SELECT SUM(received) FROM supervision_daily_fact")

SUMS=$(sql -N -e "SELECT GROUP_CONCAT(CONCAT('SUM(', column_name, ')') ORDER BY ordinal_position)
    FROM information_schema.columns WHERE table_schema = '$BENCH_DB' AND table_name = 'supervision_daily_fact'
    AND ordinal_position BETWEEN 6 AND 30")
QUARTER="day BETWEEN '2026-07-01' AND '2026-09-30'"
declare -A QUERIES=(
  [quarter_all]="SELECT '', $SUMS FROM supervision_daily_fact WHERE $QUARTER"
  [quarter_sub_district]="SELECT '', $SUMS FROM supervision_daily_fact WHERE $QUARTER AND sub_district = 'SD_3'"
  [quarter_unit]="SELECT '', $SUMS FROM supervision_daily_fact WHERE $QUARTER AND unit_code = 'UNIT_7'"
  [quarter_category_tier]="SELECT '', $SUMS FROM supervision_daily_fact WHERE $QUARTER AND category = 'C03' AND tier = 2"
  [quarter_per_day]="SELECT day, $SUMS FROM supervision_daily_fact WHERE $QUARTER GROUP BY day ORDER BY day"
  [quarter_per_unit]="SELECT unit_code, $SUMS FROM supervision_daily_fact WHERE $QUARTER GROUP BY unit_code ORDER BY unit_code"
)


# what the figures read for the queries that name no sub-district or category: the unit rows
unit_rows() { printf '%s' "${1//FROM supervision_daily_fact/FROM supervision_daily_unit_fact}"; }

printf '\n%s fact rows (%s unit rows) for %s orders received in the quarter.\n' "$ROWS" "$UNIT_ROWS" "$RECEIVED"
printf '\n| figures query | daily facts: median of 7 (ms, incl. client start) | what the figures read now |\n|---|---|---|\n'
for name in quarter_all quarter_sub_district quarter_unit quarter_category_tier quarter_per_day quarter_per_unit; do
    daily=$(median_ms "${QUERIES[$name]}")
    case "$name" in
        quarter_sub_district|quarter_category_tier) now="$daily (the same: daily facts)" ;;
        *) now="$(median_ms "$(unit_rows "${QUERIES[$name]}")") (unit rows)" ;;
    esac
    printf '| %s | %s | %s |\n' "$name" "$daily" "$now"
done
