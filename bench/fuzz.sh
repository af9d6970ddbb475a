#!/usr/bin/env bash
# The fuzz run at full size: FuzzIT (which bin/test runs with 60 bad bodies per endpoint) with N per
# endpoint (default 2000: over 10,000 requests across the six endpoints) on a database of its own;
# every answer must be below 500 and a refused body must leave no row. FUZZ_SEED replays a run.
# Prints the seed and the count, and appends them to results.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bin/lib/common.sh"

PER_ENDPOINT="${1:-2000}"
BENCH_DB="${APP_BENCH_DB_NAME:-linkage_bench_fuzz}"

ensure_build_tools
ensure_mariadb
ensure_fonts
ensure_database "$BENCH_DB" fresh

LOG_FILE="$VAR/log/bench-fuzz.log"
mkdir -p "$VAR/log"
log "fuzzing with $PER_ENDPOINT bad bodies per endpoint (log: $LOG_FILE)"
started=$(date +%s)
(cd "$ROOT" && mvn -B -ntp verify -pl web -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=FuzzIT -Dfailsafe.failIfNoSpecifiedTests=false -Dfuzz.per-endpoint="$PER_ENDPOINT" \
    ${FUZZ_SEED:+-Dfuzz.seed="$FUZZ_SEED"} \
    -Dit.db.url="$(jdbc_url "$BENCH_DB")" -Dit.db.user="$DB_USER" -Dit.db.password="$DB_PASSWORD" \
    -Dit.db.migration.user="$DB_OWNER_USER" -Dit.db.migration.password="$DB_OWNER_PASSWORD") >"$LOG_FILE" 2>&1 \
    || die "the fuzz run found a 5xx or a partial row; see $LOG_FILE (its seed is in the failure)"
seed=$(grep -o 'fuzz seed [0-9-]*' "$LOG_FILE" | tail -1)
requests=$(( PER_ENDPOINT * 4 + (PER_ENDPOINT / 4) * 2 ))
took=$(( $(date +%s) - started ))
echo "$seed: $requests bad requests, 0 answered 5xx, 0 partial rows ($took s with build and start)"
{
    echo
    echo "## Fuzz — $(date +%F)"
    echo
    echo "\`bench/fuzz.sh $PER_ENDPOINT\` ($seed): $requests bad bodies over incidents, police matters,"
    echo "instruments, accounts, dispatch and a unit's return; 0 answered 5xx, 0 refused ones left a row;"
    echo "$took s in all (build and server start included)."
} >>"$(dirname "${BASH_SOURCE[0]}")/results.md"
