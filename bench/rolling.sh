#!/usr/bin/env bash
# The cluster under load: starts `bin/cluster 2` on a database of its own, drives intake through nginx
# at a fixed rate from W workers (default 8, each pausing P seconds between deliveries, default 0.1)
# and asks for a rolling restart of both instances; at the end every acknowledged incident must be
# stored, and every answer that was not an acknowledgement is counted by kind. Then throughput: as
# fast as W workers go for 20 s against one instance directly, and against both through nginx.
# Prints the figures and appends them to results.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bin/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/deliveries.sh"

WORKERS="${1:-8}"
PAUSE="${2:-0.1}"
BENCH_DB="${APP_BENCH_DB_NAME:-linkage_bench_rolling}"
PORT="${APP_BENCH_PORT:-8480}"
DIR="$VAR/bench-rolling"

ensure_build_tools
ensure_mariadb
ensure_database "$BENCH_DB" fresh
rm -rf "$DIR"; mkdir -p "$DIR"
PASSWORD=$(sed -n 's/^app\.demo\.password=//p' "$ROOT/config/src/main/resources/META-INF/microprofile-config.properties")
KEY="platform-110.$PASSWORD"

APP_DB_URL="$(jdbc_url "$BENCH_DB")" CLUSTER_PORT="$PORT" CLUSTER_GRID_PORT=5980 CLUSTER_DIR="$DIR/cluster" \
    CLUSTER_SKIP_BUILD="${CLUSTER_SKIP_BUILD:-false}" APP_WATCH_ENABLED=false "$ROOT/bin/cluster" 2 >"$DIR/cluster.out" 2>&1 &
cluster=$!
trap 'touch "$DIR"/*/stop 2>/dev/null; kill "$cluster" 2>/dev/null; wait 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
    grep -q "is running as a cluster" "$DIR/cluster.out" && break
    kill -0 "$cluster" 2>/dev/null || die "bin/cluster stopped; see $DIR/cluster.out"
    sleep 1
done
grep -q "is running as a cluster" "$DIR/cluster.out" || die "the cluster did not start; see $DIR/cluster.out"

# load during a rolling restart
WORK="$DIR/rolling"; mkdir -p "$WORK"
for w in $(seq 1 "$WORKERS"); do deliver "$WORK" "http://127.0.0.1:$PORT/api/v1" "$KEY" 110-rolling "$w" "$PAUSE" & done
sleep 15
started=$(date +%s)
CLUSTER_DIR="$DIR/cluster" "$ROOT/bin/cluster" restart
for _ in $(seq 1 900); do grep -q "rolling restart done" "$DIR/cluster.out" && break; sleep 1; done
took=$(( $(date +%s) - started ))
sleep 15
touch "$WORK/stop"
sleep 12
tally "$WORK" "$BENCH_DB" 110-rolling
rate=$(awk -v a="$ACKED" -v t="$(( $(date +%s) - started + 27 ))" 'BEGIN { printf "%.1f", a / t }')
echo "rolling restart of 2 instances ($took s) under load: $ACKED acknowledged (~$rate/s), $MISSING missing; refused $REFUSED; retried: ${ERRORS:-none}"
rolling="$ACKED acknowledged, **$MISSING missing**, $REFUSED refused; answers retried: ${ERRORS:-none}"

# throughput: one instance directly, then both through nginx
throughput() {
    local base="$1" prefix="$2" work="$DIR/$2"
    mkdir -p "$work"
    for w in $(seq 1 "$WORKERS"); do deliver "$work" "$base" "$KEY" "$prefix" "$w" & done
    sleep 20; touch "$work/stop"; sleep 11
    tally "$work" "$BENCH_DB" "$prefix"
    awk -v a="$ACKED" 'BEGIN { printf "%.1f", a / 20 }'
}
one=$(throughput "http://127.0.0.1:$((PORT + 1))/api/v1" 110-one)
two=$(throughput "http://127.0.0.1:$PORT/api/v1" 110-two)
echo "throughput with $WORKERS workers: one instance $one incidents/s, two behind nginx $two incidents/s"
{
    echo
    echo "## Cluster: rolling restart under load, one vs two instances — $(date +%F)"
    echo
    echo "\`bench/rolling.sh $WORKERS $PAUSE\` on $(nproc) cores: two Payara Micro instances behind nginx, intake"
    echo "from $WORKERS workers pausing ${PAUSE}s (~$rate acknowledged/s) while \`bin/cluster restart\` restarts both"
    echo "one after the other ($took s): $rolling."
    echo "As fast as $WORKERS curl workers go, 20 s each: one instance $one incidents/s, both through nginx $two/s."
} >>"$(dirname "${BASH_SOURCE[0]}")/results.md"
[ "$MISSING" = 0 ] || die "$MISSING acknowledged incidents are missing"
