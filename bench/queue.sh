#!/usr/bin/env bash
# Benchmark of the office's intake queue at scale: builds intake's tables from its migrations in a
# database of its own, fills it with N incidents (default 1,000,000) and times the queries the
# queue page and repeat-call detection run, 7 times each, reporting the median in milliseconds.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bin/lib/common.sh"

ROWS="${1:-1000000}"
BENCH_DB="${APP_BENCH_DB_NAME:-linkage_bench}"
SCHEMA="$ROOT/intake/src/main/resources/org/linkage110/intake/internal/schema"

ensure_mariadb
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [ "${BENCH_REUSE:-}" = 1 ] && [ "$(sql -N -e 'SELECT COUNT(*) FROM intake_incident' 2>/dev/null || echo 0)" = "$ROWS" ]; then
    log "reusing the $ROWS incidents already in $BENCH_DB (BENCH_REUSE=1)"
else
ensure_database "$BENCH_DB" fresh
for file in V1__incident.sql V2__taxonomy.sql V4__intake_orders.sql; do
    sql < "$SCHEMA/$file"
done

log "filling $ROWS incidents"
started=$(date +%s)
CHUNK=100000
for (( offset = 0; offset < ROWS; offset += CHUNK )); do
    size=$(( ROWS - offset < CHUNK ? ROWS - offset : CHUNK ))
    sql <<SQL
SET unique_checks = 0;
SET foreign_key_checks = 0;
INSERT INTO intake_incident (source, external_number, received_at, recorded_at, queue_at, caller_name, caller_phone,
    address, place_key, sub_district, description, category_code, status)
SELECT ELT(1 + n % 5, 'PLATFORM_110', 'HOTLINE_12345', 'PORTAL', 'HOTLINE_12345', 'PORTAL'),
       CONCAT('B-', n),
       TIMESTAMP('2026-09-01') + INTERVAL (n * 7919 % 7776000) SECOND,
       TIMESTAMP('2026-09-01') + INTERVAL (n * 7919 % 7776000) SECOND,
       TIMESTAMP('2026-09-01') + INTERVAL (n * 7919 % 7776000) SECOND,
       '报警人', CONCAT('138', LPAD(n % 100000000, 8, '0')),
       CONCAT('沈阳市于洪区怒江北街', n % 5000, '号'), CONCAT('怒江北街', n % 5000, '号'),
       ELT(1 + n % 12, 'SD_LINGXI', 'SD_NANYANGHU', 'SD_CHENGDONGHU', 'SD_BEILING', 'SD_YUHONG', 'SD_YINGBINLU',
           'SD_ZAOHUA', 'SD_SHALING', 'SD_PINGLUO', 'SD_MASANJIA', 'SD_DAXING', 'SD_GUANGHUI'),
       CONCAT('群众反映第', n, '号问题，井盖缺失或路灯不亮'),
       CONCAT('C0', 1 + n % 9, '-0', 1 + n % 5),
       CASE WHEN n % 50 < 4 THEN 'OPEN' WHEN n % 50 = 4 THEN 'REPEAT' ELSE 'CLOSED' END
FROM (SELECT seq + $offset AS n FROM seq_1_to_${size}) numbers;
SQL
done
sql -e "ANALYZE TABLE intake_incident" >/dev/null
log "filled in $(( $(date +%s) - started )) s"
fi

COLUMNS="id, source, external_number, received_at, queue_at, address, sub_district, description, category_code, status, repeat_count"
declare -A QUERIES=(
  [queue_first_page]="SELECT $COLUMNS FROM intake_incident WHERE status IN ('OPEN','CLOSED') ORDER BY pinned DESC, queue_at DESC, id DESC LIMIT 20"
  [queue_page_500]="SELECT $COLUMNS FROM intake_incident WHERE status IN ('OPEN','CLOSED') ORDER BY pinned DESC, queue_at DESC, id DESC LIMIT 10000, 20"
  [queue_open_only]="SELECT $COLUMNS FROM intake_incident WHERE status = 'OPEN' ORDER BY pinned DESC, queue_at DESC, id DESC LIMIT 20"
  [queue_by_source]="SELECT $COLUMNS FROM intake_incident WHERE status IN ('OPEN','CLOSED') AND source = 'HOTLINE_12345' ORDER BY pinned DESC, queue_at DESC, id DESC LIMIT 20"
  [queue_by_sub_district]="SELECT $COLUMNS FROM intake_incident WHERE status IN ('OPEN','CLOSED') AND sub_district = 'SD_LINGXI' ORDER BY pinned DESC, queue_at DESC, id DESC LIMIT 20"
  [queue_by_item]="SELECT $COLUMNS FROM intake_incident WHERE status IN ('OPEN','CLOSED') AND category_code = 'C03-02' ORDER BY pinned DESC, queue_at DESC, id DESC LIMIT 20"
  [queue_by_category]="SELECT $COLUMNS FROM intake_incident WHERE status IN ('OPEN','CLOSED') AND category_root = 'C03' ORDER BY pinned DESC, queue_at DESC, id DESC LIMIT 20"
  [queue_count_all]="SELECT COUNT(*) FROM intake_incident WHERE status IN ('OPEN','CLOSED')"
  [queue_count_sub_district]="SELECT COUNT(*) FROM intake_incident WHERE status IN ('OPEN','CLOSED') AND sub_district = 'SD_LINGXI'"
  [repeat_lookup]="SELECT id FROM intake_incident WHERE status = 'OPEN' AND category_code = 'C02-03' AND received_at >= '2026-11-01' AND (place_key = '怒江北街1234号' OR caller_phone = '13800001234') ORDER BY received_at DESC, id DESC LIMIT 1"
)


printf '\n| query | median of 7 (ms, incl. client start) |\n|---|---|\n'
for name in queue_first_page queue_page_500 queue_open_only queue_by_source queue_by_sub_district queue_by_item \
            queue_by_category queue_count_all queue_count_sub_district repeat_lookup; do
    printf '| %s | %s |\n' "$name" "$(median_ms "${QUERIES[$name]}")"
done
printf '\nrows: %s, machine: %s cores, %s\n' "$ROWS" "$(nproc)" "$(mariadb --version | sed 's/.*Distrib //; s/,.*//')"
