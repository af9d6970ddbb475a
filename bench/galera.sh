#!/usr/bin/env bash
# The platform on a 3-node MariaDB Galera cluster on loopback ports (Debian's galera-4, installed when
# missing): starts the nodes (the first bootstraps, the others join by rsync SST), creates the
# database and its two users, starts one Payara Micro on it with the driver's sequential failover
# over the three nodes, drives intake from W workers (default 8) for 20 s, then again for 40 s with
# the node it writes to killed (-9) in the middle. Every acknowledged incident must be on the nodes
# that remain. Prints the figures and appends them to results.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bin/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/deliveries.sh"

WORKERS="${1:-8}"
PORT="${APP_BENCH_PORT:-8490}"
BENCH_DB=linkage_galera
DIR="$VAR/bench-galera"
FIRST_SQL_PORT=3312

ensure_build_tools
command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || apt_install mariadb-server
[ -f /usr/lib/galera/libgalera_smm.so ] || apt_install galera-4
command -v rsync >/dev/null || apt_install rsync
PATH="$PATH:/usr/sbin"
for n in 1 2 3; do port_answers 127.0.0.1 $((FIRST_SQL_PORT + n - 1)) && die "port $((FIRST_SQL_PORT + n - 1)) is taken"; done
[ -f "$ROOT/web/target/linkage.war" ] || (cd "$ROOT" && mvn -B -ntp -q package -DskipTests)
rm -rf "$DIR"; mkdir -p "$DIR"
run_as=(); [ "$(id -u)" -eq 0 ] && run_as=(--user=root)
members="gcomm://127.0.0.1:4577,127.0.0.1:4587,127.0.0.1:4597"
pids=()

start_node() {
    local n="$1" extra="${2:-}" user=("${run_as[@]}")
    mkdir -p "$DIR/n$n/data"
    if [ -n "$extra" ]; then # the first node: a database of its own; the others receive a copy of it (SST)
        mariadb-install-db --no-defaults --datadir="$DIR/n$n/data" --auth-root-authentication-method=normal \
            --skip-test-db "${run_as[@]}" >"$DIR/n$n/install.log" 2>&1
    elif [ "$(id -u)" -eq 0 ]; then
        # a joiner's rsync daemon, started by a root server, writes as nobody: the joiners run as nobody
        chown -R nobody:nogroup "$DIR/n$n"; user=(--user=nobody)
    fi
    setsid mariadbd --no-defaults --datadir="$DIR/n$n/data" --socket="$DIR/n$n/sock" \
        --port=$((FIRST_SQL_PORT + n - 1)) --bind-address=127.0.0.1 --pid-file="$DIR/n$n/pid" \
        --log-error="$DIR/n$n/error.log" --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        --innodb-buffer-pool-size=256M --binlog-format=ROW --innodb-autoinc-lock-mode=2 \
        --log-bin-trust-function-creators=1 \
        --wsrep-on=ON --wsrep-provider=/usr/lib/galera/libgalera_smm.so --wsrep-cluster-name=linkage \
        --wsrep-cluster-address="$members" --wsrep-node-address=127.0.0.1:$((4567 + 10 * n)) \
        --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$((4567 + 10 * n));ist.recv_addr=127.0.0.1:$((4568 + 10 * n))" \
        --wsrep-sst-method=rsync --wsrep-sst-receive-address=127.0.0.1:$((4444 + 10 * n)) $extra "${user[@]}" \
        >/dev/null 2>&1 </dev/null &
    pids[$n]=$!
    for _ in $(seq 1 120); do
        [ -S "$DIR/n$n/sock" ] && node "$n" -N -e "SELECT 1" >/dev/null 2>&1 && return 0
        sleep 1
    done
    die "Galera node $n did not start; see $DIR/n$n/error.log"
}
node() { local n="$1"; shift; mariadb --protocol=socket --socket="$DIR/n$n/sock" -uroot "$@"; }
cluster_size() { node "$1" -N -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | awk '{print $2}'; }

server=""
trap 'touch "$DIR"/*/stop 2>/dev/null; [ -n "$server" ] && kill "$server" 2>/dev/null; for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; wait 2>/dev/null || true' EXIT

log "starting a 3-node Galera cluster on 127.0.0.1:$FIRST_SQL_PORT-$((FIRST_SQL_PORT + 2)) (logs: $DIR)"
start_node 1 --wsrep-new-cluster
start_node 2
start_node 3
[ "$(cluster_size 1)" = 3 ] || die "the Galera cluster has $(cluster_size 1) nodes, not 3"
# the database and its users, created on the first node, replicated to the others
DB_HOST=127.0.0.1 DB_PORT=$FIRST_SQL_PORT PRIVATE_DB_SOCKET="$DIR/n1/sock" DB_PORT_OWNER=private ensure_database "$BENCH_DB"

url="jdbc:mariadb:sequential://127.0.0.1:$FIRST_SQL_PORT,127.0.0.1:$((FIRST_SQL_PORT + 1)),127.0.0.1:$((FIRST_SQL_PORT + 2))/$BENCH_DB"
PASSWORD=$(sed -n 's/^app\.demo\.password=//p' "$ROOT/config/src/main/resources/META-INF/microprofile-config.properties")
APP_DB_URL="$url" APP_DB_USER="$DB_USER" APP_DB_PASSWORD="$DB_PASSWORD" APP_WATCH_ENABLED=false APP_DEMO_ACCOUNTS=true \
    java -Xmx1g -jar "$ROOT/web/target/payara-micro.jar" "${MICRO_ARGS[@]}" --nocluster --port "$PORT" --contextroot / \
    --deploy "$ROOT/web/target/linkage.war" >"$DIR/server.log" 2>&1 &
server=$!
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null || die "the application did not become ready; see $DIR/server.log"

# tally reads through the second node, which stays up
DB_PORT=$((FIRST_SQL_PORT + 1))

phase() { # NAME SECONDS [KILL_AFTER]
    local work="$DIR/$1"
    mkdir -p "$work"
    for w in $(seq 1 "$WORKERS"); do
        deliver "$work" "http://127.0.0.1:$PORT/api/v1" "platform-110.$PASSWORD" "110-$1" "$w" &
    done
    if [ -n "${3:-}" ]; then
        sleep "$3"; log "kill -9 of Galera node 1, the one the application writes to"; kill -9 "${pids[1]}"
        sleep $(( $2 - $3 ))
    else
        sleep "$2"
    fi
    touch "$work/stop"; sleep 12
    tally "$work" "$BENCH_DB" "110-$1"
}
phase galera-steady 20
steady=$(awk -v a="$ACKED" 'BEGIN { printf "%.1f", a / 20 }')
steady_missing=$MISSING
phase galera-kill 40 15
kill_line="$ACKED acknowledged, **$MISSING missing** on the remaining nodes ($(cluster_size 2) nodes left), $REFUSED refused; answers retried: ${ERRORS:-none}"
echo "Galera, $WORKERS workers: steady $steady incidents/s ($steady_missing missing); node 1 killed: $kill_line"
{
    echo
    echo "## Galera: 3 nodes on loopback — $(date +%F)"
    echo
    echo "\`bench/galera.sh $WORKERS\` on $(nproc) cores: one Payara Micro on a 3-node Galera cluster (galera-4"
    echo "$(dpkg-query -W -f='${Version}' galera-4 2>/dev/null), rsync SST) through \`jdbc:mariadb:sequential\`. Steady intake from $WORKERS"
    echo "curl workers for 20 s: $steady incidents/s, $steady_missing missing. 40 s more with the node the"
    echo "application writes to killed (-9) after 15 s: $kill_line."
} >>"$(dirname "${BASH_SOURCE[0]}")/results.md"
[ "$MISSING" = 0 ] && [ "$steady_missing" = 0 ] || die "acknowledged incidents are missing"
