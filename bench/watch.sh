#!/usr/bin/env bash
# Benchmark of the deadline watch at scale: builds routing's tables from its SQL migrations in a
# database of its own, fills N open instructions (default 1,000,000) with two open stages each,
# deadlines spread over 30 days around "now", and times what one sweep issues: the reads of the
# stages to mark overdue and to warn about (500 at a time, through the open-deadline indexes) and
# the claims of one batch (500 conditional updates in one transaction). 7 runs each, median in ms.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bin/lib/common.sh"

ROWS="${1:-1000000}"
BENCH_DB="${APP_BENCH_DB_NAME:-linkage_bench_watch}"
SCHEMA="$ROOT/routing/src/main/resources/org/linkage110/routing/internal/schema"
NOW="2026-11-23 06:00:00"

ensure_mariadb
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [ "${BENCH_REUSE:-}" = 1 ] && [ "$(sql -N -e 'SELECT COUNT(*) FROM routing_instruction' 2>/dev/null || echo 0)" = "$ROWS" ]; then
    log "reusing the $ROWS instructions already in $BENCH_DB (BENCH_REUSE=1)"
else
ensure_database "$BENCH_DB" fresh
for file in V1__reference_tables.sql V3__handling.sql V5__deadline_watch.sql; do
    sql < "$SCHEMA/$file"
done
sql -e "INSERT INTO routing_linkage_unit (code, name_zh, name_en, tier, kind) VALUES
    ('SD_LINGXI', '陵西街道', 'Lingxi', 1, 'SUB_DISTRICT'), ('URBAN_CONSTRUCTION_BUREAU', '区城市建设局', 'UCB', 2, 'DEPARTMENT')"

log "filling $ROWS open instructions with two open stages each"
started=$(date +%s)
CHUNK=100000
for (( offset = 0; offset < ROWS; offset += CHUNK )); do
    size=$(( ROWS - offset < CHUNK ? ROWS - offset : CHUNK ))
    sql <<SQL
SET unique_checks = 0;
SET foreign_key_checks = 0;
INSERT INTO routing_order (incident_id, status, source, received_at, address, description, on_scene_dispute,
    threat_to_safety, utilities_hazard, needs_police_first, proposed_rule, proposed_reason, proposed_class,
    proposed_level, proposed_mode)
SELECT n, 'IN_HANDLING', 'PLATFORM_110', TIMESTAMP('$NOW') - INTERVAL (n % 2592000) SECOND, '怒江北街1号', '测试',
       FALSE, FALSE, FALSE, FALSE, 'DEFAULT_SOURCE_DIVERSION', '测试', 'SOURCE_DIVERSION', 2, 'IMMEDIATE'
FROM (SELECT seq + $offset AS n FROM seq_1_to_${size}) numbers;
INSERT INTO routing_instruction (id, incident_id, unit_code, channel, role, level, tier, unit_class, status,
    dispatch_round, dispatched_at, updated_at)
SELECT n, n, IF(n % 2 = 0, 'SD_LINGXI', 'URBAN_CONSTRUCTION_BUREAU'), 'DIRECT', 'LEAD', 2, 1, 'ALL', 'SIGNED', 1,
       TIMESTAMP('$NOW') - INTERVAL (n % 2592000) SECOND, TIMESTAMP('$NOW')
FROM (SELECT seq + $offset AS n FROM seq_1_to_${size}) numbers;
INSERT INTO routing_instruction_stage (instruction_id, stage, due_at)
SELECT n, 'FIRST_REPORT', TIMESTAMP('$NOW') + INTERVAL ((n * 7919) % 2592000) SECOND - INTERVAL 15 DAY
FROM (SELECT seq + $offset AS n FROM seq_1_to_${size}) numbers;
INSERT INTO routing_instruction_stage (instruction_id, stage, due_at)
SELECT n, 'RESULT', TIMESTAMP('$NOW') + INTERVAL ((n * 104729) % 2592000) SECOND
FROM (SELECT seq + $offset AS n FROM seq_1_to_${size}) numbers;
SQL
done
# what earlier sweeps did: everything due before the last 10 seconds is marked already
sql -e "UPDATE routing_instruction_stage SET warned_at = due_at, overdue_at = due_at + INTERVAL 1 SECOND
        WHERE due_at < TIMESTAMP('$NOW') - INTERVAL 10 SECOND;
        UPDATE routing_instruction_stage SET warned_at = TIMESTAMP('$NOW') - INTERVAL 10 SECOND
        WHERE due_at >= TIMESTAMP('$NOW') - INTERVAL 10 SECOND AND due_at < TIMESTAMP('$NOW') + INTERVAL 5 MINUTE - INTERVAL 10 SECOND;
        ANALYZE TABLE routing_instruction_stage, routing_instruction" >/dev/null
log "filled in $(( $(date +%s) - started )) s"
fi

measure() {
AT="$1"
OPEN=$(sql -N -e "SELECT COUNT(*) FROM routing_instruction_stage WHERE done_at IS NULL")
OVERDUE=$(sql -N -e "SELECT COUNT(*) FROM routing_instruction_stage WHERE done_at IS NULL AND overdue_at IS NULL AND due_at < '$AT'")
WARN=$(sql -N -e "SELECT COUNT(*) FROM routing_instruction_stage WHERE done_at IS NULL AND warned_at IS NULL AND due_at <= TIMESTAMP('$AT') + INTERVAL 5 MINUTE")
log "$OPEN open stages; due for an overdue mark now: $OVERDUE; due for a warning now: $WARN"

COLUMNS="instruction_id, stage, due_at, done_at, outcome, extended, warned_at, overdue_at"
declare -A QUERIES=(
  [read_to_mark_overdue]="SELECT $COLUMNS FROM routing_instruction_stage WHERE done_at IS NULL AND overdue_at IS NULL AND due_at < '$AT' ORDER BY due_at LIMIT 500"
  [read_to_warn]="SELECT $COLUMNS FROM routing_instruction_stage WHERE done_at IS NULL AND warned_at IS NULL AND due_at <= TIMESTAMP('$AT') + INTERVAL 5 MINUTE ORDER BY due_at LIMIT 500"
  [read_their_instructions]="SELECT * FROM routing_instruction WHERE id IN (SELECT instruction_id FROM (SELECT instruction_id FROM routing_instruction_stage WHERE done_at IS NULL AND warned_at IS NULL AND due_at <= TIMESTAMP('$AT') + INTERVAL 5 MINUTE ORDER BY due_at LIMIT 500) due)"
)


# One batch of claims as the watch makes them: 500 conditional updates in one transaction,
# rolled back so that every run claims the same rows.
CLAIMS=$(sql -N -e "SELECT CONCAT('UPDATE routing_instruction_stage SET warned_at = ''$AT'' WHERE instruction_id = ',
    instruction_id, ' AND stage = ''', stage, ''' AND warned_at IS NULL AND done_at IS NULL;')
    FROM routing_instruction_stage WHERE done_at IS NULL AND warned_at IS NULL
    AND due_at <= TIMESTAMP('$AT') + INTERVAL 5 MINUTE ORDER BY due_at LIMIT 500")
CLAIM_COUNT=$(printf '%s\n' "$CLAIMS" | grep -c UPDATE || true)

printf '\nAs of %s: %s open stages of %s open instructions; %s due for an overdue mark, %s for a warning.\n' \
    "$2" "$OPEN" "$ROWS" "$OVERDUE" "$WARN"
printf '\n| step of a sweep | median of 7 (ms, incl. client start) |\n|---|---|\n'
for name in read_to_mark_overdue read_to_warn read_their_instructions; do
    printf '| %s | %s |\n' "$name" "$(median_ms "${QUERIES[$name]}")"
done
printf '| claim_batch (%s conditional updates, one transaction) | %s |\n' "$CLAIM_COUNT" \
    "$(median_ms "START TRANSACTION; $CLAIMS ROLLBACK;")"
printf '\nPlans:\n'
sql -e "EXPLAIN ${QUERIES[read_to_mark_overdue]}" | cut -f1-10
sql -e "EXPLAIN ${QUERIES[read_to_warn]}" | cut -f1-10
}

measure "$NOW" "steady state (the last sweep ran 10 s ago)"
measure "$(sql -N -e "SELECT TIMESTAMP('$NOW') + INTERVAL 1 HOUR")" "catching up after an hour with no sweep"
