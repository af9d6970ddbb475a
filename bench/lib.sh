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
