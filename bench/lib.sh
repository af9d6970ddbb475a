# Shared by the benchmarks: the client on the benchmark's own database, and a query's median time.
# Expects BENCH_DB and the settings of bin/lib/common.sh. The client is the schema owner: the
# benchmarks create tables and fill them, which the application's user may not.

sql() { mariadb --protocol=tcp -h"$DB_HOST" -P"$DB_PORT" -u"$DB_OWNER_USER" ${DB_OWNER_PASSWORD:+-p"$DB_OWNER_PASSWORD"} "$BENCH_DB" "$@"; }

# Median of 7 runs of a query, in milliseconds of wall time (client start included).
median_ms() {
    local query="$1" times=()
    for _ in 1 2 3 4 5 6 7; do
        local t0 t1
        t0=$(date +%s%N); sql -N -e "$query" >/dev/null; t1=$(date +%s%N)
        times+=($(( (t1 - t0) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 4p
}

# Starts the application on BENCH_DB at PORT (log to $1), sweeps off, demo accounts on, the agency
# API's rate limit out of the way; sets `server` to its pid and waits until /health answers.
# Extra JVM options may come in BENCH_JAVA_OPTS.
start_app() {
    local server_log="$1"
    mkdir -p "$(dirname "$server_log")"
    APP_DB_URL="$(jdbc_url "$BENCH_DB")" APP_DB_USER="$DB_USER" APP_DB_PASSWORD="$DB_PASSWORD" APP_WATCH_ENABLED=false \
        APP_DEMO_ACCOUNTS=true APP_API_RATE_PER_SECOND=1000000 APP_API_RATE_BURST=1000000 \
        java -Xmx2g ${BENCH_JAVA_OPTS:-} -jar "$ROOT/web/target/payara-micro.jar" "${MICRO_ARGS[@]}" --nocluster --port "$PORT" \
        --contextroot / --deploy "$ROOT/web/target/linkage.war" >"$server_log" 2>&1 &
    server=$!
    STARTED_AT=$(date +%s%N)
    for _ in $(seq 1 300); do
        kill -0 "$server" 2>/dev/null || die "the application stopped; see $server_log"
        if curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; then
            READY_MS=$(( ($(date +%s%N) - STARTED_AT) / 1000000 ))
            return 0
        fi
        sleep 0.5
    done
    die "the application did not become ready; see $server_log"
}

stop_app() {
    [ -n "${server:-}" ] || return 0
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    server=""
}
