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

# What every benchmark that starts the application needs: the build tools, curl, MariaDB (installed
# and started when none answers), the fonts of the reports, and its port free. Expects PORT.
bench_prepare() {
    ensure_build_tools
    command -v curl >/dev/null || apt_install curl
    ensure_mariadb
    ensure_fonts
    port_answers 127.0.0.1 "$PORT" && die "port $PORT is taken; set APP_BENCH_PORT to another port"
    return 0
}

# Builds the application's WAR (every module, tests skipped) unless BENCH_BUILD=0 and one is built.
build_war() {
    if [ ! -f "$ROOT/web/target/linkage.war" ] || [ "${BENCH_BUILD:-1}" = 1 ]; then
        log "building"
        (cd "$ROOT" && mvn -B -ntp -q package -DskipTests)
    fi
}

# Starts the application (WAR: BENCH_WAR, default the build's) on BENCH_DB at PORT (log to $1), sweeps
# off, demo accounts on, the agency API's rate limit out of the way; sets `server` to its pid and
# waits until /health answers (at most BENCH_START_WAIT seconds, 150 unless set; READY_MS after
# launch, READY_CPU_S of CPU it spent by then). Extra JVM options may come in BENCH_JAVA_OPTS;
# APP_CDS=false starts as before the class archive: Payara Micro unpacked anew into a temporary
# directory (bin/lib/common.sh, micro_prepare).
start_app() {
    local server_log="$1"
    mkdir -p "$(dirname "$server_log")"
    STARTED_AT=$(date +%s%N) # the slot's preparation counts: it is part of every start
    micro_prepare "bench-$PORT"
    APP_DB_URL="$(jdbc_url "$BENCH_DB")" APP_DB_USER="$DB_USER" APP_DB_PASSWORD="$DB_PASSWORD" APP_WATCH_ENABLED=false \
        APP_DEMO_ACCOUNTS=true APP_API_RATE_PER_SECOND=1000000 APP_API_RATE_BURST=1000000 \
        java -Xmx2g ${BENCH_JAVA_OPTS:-} "${MICRO_CDS[@]}" -jar "$MICRO_JAR" "${MICRO_ARGS[@]}" --nocluster --port "$PORT" \
        --contextroot / --deploy "${BENCH_WAR:-$ROOT/web/target/linkage.war}" >"$server_log" 2>&1 &
    server=$!
    for _ in $(seq 1 $(( ${BENCH_START_WAIT:-150} * 2 ))); do
        kill -0 "$server" 2>/dev/null || die "the application stopped; see $server_log"
        if curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; then
            READY_MS=$(( ($(date +%s%N) - STARTED_AT) / 1000000 ))
            # the server's CPU time until then (user + system, all its threads, the JIT's included)
            READY_CPU_S=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$server/stat")
            return 0
        fi
        sleep 0.5
    done
    die "the application did not become ready; see $server_log"
}

# A jar of the local Maven repository, fetched into it when missing.
fetch_jar() {
    local group="$1" artifact="$2" version="$3"
    local jar="$HOME/.m2/repository/${group//.//}/$artifact/$version/$artifact-$version.jar"
    [ -f "$jar" ] || (cd "$ROOT" && mvn -B -ntp -q dependency:get -Dartifact="$group:$artifact:$version" >/dev/null)
    printf '%s' "$jar"
}

# Compiles a load generator (sources of bench/, named after `name`) into var/bench-classes/<name> and
# sets BENCH_CP to run it with: it needs HdrHistogram and the database's driver, nothing of the
# application (whose modules are not installed in the local repository, so no classpath of web).
#   load_generator name Source.java...
load_generator() {
    local name="$1"; shift
    local hdr driver file out="$VAR/bench-classes/$name" sources=()
    hdr=$(fetch_jar org.hdrhistogram HdrHistogram 2.2.2)
    driver=$(fetch_jar org.mariadb.jdbc mariadb-java-client "$(sed -n 's:.*<mariadb.version>\(.*\)</mariadb.version>.*:\1:p' "$ROOT/pom.xml")")
    for file in "$@"; do sources+=("$ROOT/bench/$file"); done
    rm -rf "$out" && mkdir -p "$out"
    javac -nowarn -d "$out" -cp "$hdr:$driver" "${sources[@]}" || die "the load generator $name does not compile"
    BENCH_CP="$out:$hdr:$driver"
}

stop_app() {
    [ -n "${server:-}" ] || return 0
    local status=0
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || status=$?
    micro_stopped "bench-$PORT" "$status"
    server=""
}

# Generates N orders as routing keeps them (and their instructions and stages), received evenly over
# DAYS days from FROM (a date): 5% sent back to 110 (no instruction), 85% closed, 10% still in
# handling; lead units, sub-districts and items spread over the reference data; each order's next
# deadline set from its open stages.
#   generate_orders N FROM DAYS
generate_orders() {
    local ORDERS="$1" FROM="$2" DAYS="$3"
sql <<SQL
CREATE TEMPORARY TABLE bench_unit AS
    SELECT ROW_NUMBER() OVER (ORDER BY code) - 1 AS n, code, tier FROM routing_linkage_unit WHERE tier < 3;
CREATE TEMPORARY TABLE bench_place AS
    SELECT ROW_NUMBER() OVER (ORDER BY code) - 1 AS n, code FROM routing_linkage_unit WHERE kind = 'SUB_DISTRICT';
SET @units = (SELECT COUNT(*) FROM bench_unit);
SET @places = (SELECT COUNT(*) FROM bench_place);
CREATE TABLE bench_numbers (n BIGINT PRIMARY KEY, unit VARCHAR(40), tier INT, place VARCHAR(40)) ENGINE = InnoDB;
INSERT INTO bench_numbers SELECT s.seq, u.code, u.tier, p.code FROM seq_1_to_$ORDERS s
    JOIN bench_unit u ON u.n = s.seq % @units JOIN bench_place p ON p.n = s.seq % @places;
SQL
CHUNK=500000
for (( offset = 0; offset < ORDERS; offset += CHUNK )); do
    sql <<SQL
SET unique_checks = 0;
SET foreign_key_checks = 0;
INSERT INTO routing_order (incident_id, status, source, received_at, address, sub_district, description, item_code,
    on_scene_dispute, threat_to_safety, utilities_hazard, needs_police_first, proposed_rule, proposed_reason,
    proposed_class, proposed_level, proposed_mode, handling_class, level, dispatch_mode, lead_unit, assessed_at,
    dispatch_round, result_round, closed_at)
SELECT n, CASE WHEN n % 20 = 0 THEN 'SENT_TO_POLICE' WHEN n % 10 = 1 THEN 'IN_HANDLING' ELSE 'CLOSED' END,
       'PLATFORM_110', TIMESTAMP('$FROM') - INTERVAL 8 HOUR + INTERVAL ((n - 1) * $DAYS * 86400 DIV $ORDERS) SECOND,
       '怒江北街1号', place, '测试', CONCAT('C0', 1 + n % 9, '-01'), FALSE, FALSE, FALSE, FALSE,
       'DEFAULT_SOURCE_DIVERSION', '测试', 'SOURCE_DIVERSION', 2, 'IMMEDIATE', 'SOURCE_DIVERSION', 2, 'IMMEDIATE',
       IF(n % 20 = 0, NULL, unit), TIMESTAMP('$FROM') - INTERVAL 8 HOUR + INTERVAL ((n - 1) * $DAYS * 86400 DIV $ORDERS + 60) SECOND,
       1, IF(n % 10 = 1 OR n % 20 = 0, 0, 1),
       IF(n % 20 = 0 OR n % 10 = 1, NULL, TIMESTAMP('$FROM') - INTERVAL 8 HOUR + INTERVAL ((n - 1) * $DAYS * 86400 DIV $ORDERS + 86400) SECOND)
FROM bench_numbers WHERE n > $offset AND n <= $offset + $CHUNK;
INSERT INTO routing_instruction (id, incident_id, unit_code, channel, role, level, tier, unit_class, status,
    dispatch_round, dispatched_at, signed_at, signed_by, updated_at, return_reason, result_text)
SELECT n, n, unit, 'DIRECT', 'LEAD', 2, tier, 'ALL',
       CASE WHEN n % 33 = 0 THEN 'RETURNED' WHEN n % 10 = 1 THEN 'SIGNED' ELSE 'REPORTED_BACK' END, 1,
       TIMESTAMP('$FROM') - INTERVAL 8 HOUR + INTERVAL ((n - 1) * $DAYS * 86400 DIV $ORDERS + 60) SECOND,
       TIMESTAMP('$FROM') - INTERVAL 8 HOUR + INTERVAL ((n - 1) * $DAYS * 86400 DIV $ORDERS + 60 + (n % 40) * 60) SECOND,
       'bench', TIMESTAMP('$FROM'), IF(n % 33 = 0, '不属本单位职责', NULL),
       IF(n % 33 = 0 OR n % 10 = 1, NULL, '已办结')
FROM bench_numbers WHERE n > $offset AND n <= $offset + $CHUNK AND n % 20 <> 0;
INSERT INTO routing_instruction_stage (instruction_id, stage, due_at, done_at, outcome)
SELECT n, 'SIGN_FOR', TIMESTAMP('$FROM') - INTERVAL 8 HOUR + INTERVAL ((n - 1) * $DAYS * 86400 DIV $ORDERS + 60 + 1800) SECOND,
       TIMESTAMP('$FROM') - INTERVAL 8 HOUR + INTERVAL ((n - 1) * $DAYS * 86400 DIV $ORDERS + 60 + (n % 40) * 60) SECOND, 'DONE'
FROM bench_numbers WHERE n > $offset AND n <= $offset + $CHUNK AND n % 20 <> 0;
INSERT INTO routing_instruction_stage (instruction_id, stage, due_at, done_at, outcome)
SELECT n, 'RESULT', TIMESTAMP('$FROM') - INTERVAL 8 HOUR + INTERVAL ((n - 1) * $DAYS * 86400 DIV $ORDERS + 60 + 3 * 86400) SECOND,
       IF(n % 10 = 1, NULL, TIMESTAMP('$FROM') - INTERVAL 8 HOUR + INTERVAL ((n - 1) * $DAYS * 86400 DIV $ORDERS + (n % 5) * 86400) SECOND),
       CASE WHEN n % 10 = 1 THEN NULL WHEN n % 33 = 0 THEN 'SKIPPED' ELSE 'DONE' END
FROM bench_numbers WHERE n > $offset AND n <= $offset + $CHUNK AND n % 20 <> 0;
SQL
done
# each order's next deadline, as routing keeps it (NextDeadline): the earliest open stage of its instructions in hand
sql <<SQL
UPDATE routing_order o
  JOIN (SELECT i.incident_id, MIN(s.due_at) AS due FROM routing_instruction_stage s
          JOIN routing_instruction i ON i.id = s.instruction_id
         WHERE s.done_at IS NULL AND i.status NOT IN ('RETURNED', 'CONFIRMED', 'REPORTED_BACK')
         GROUP BY i.incident_id) open_stages ON open_stages.incident_id = o.incident_id
   SET o.next_due_at = open_stages.due;
SQL
sql -e "DROP TABLE bench_numbers; ANALYZE TABLE routing_order, routing_instruction, routing_instruction_stage" >/dev/null
}
