# Shared by bin/run and bin/test: settings, MariaDB (use the configured one, or install and start a
# private instance under var/mariadb), system packages. Sourced, not run.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VAR="$ROOT/var"

# Payara Micro keeps its HTTP port closed until the application has deployed (migrations, reference
# data, start-up checks) (web/src/main/payara): a client is refused or answered by
# the application, never by the runtime's 404. Used by every script that starts the server.
MICRO_ARGS=(--prebootcommandfile "$ROOT/web/src/main/payara/preboot.asadmin"
    --postdeploycommandfile "$ROOT/web/src/main/payara/postdeploy.asadmin")

# Payara Micro started from a runtime unpacked once into a directory of its own (var/micro/SLOT),
# not into a new temporary directory each time, so the JVM can map the classes it loaded before from
# a class data archive (AppCDS) instead of reading, parsing and verifying some 20,000 of them again
# (bench/results.md, Start-up). `micro_prepare SLOT` sets MICRO_JAR (the launcher) and MICRO_CDS (the
# JVM options): when the slot has no archive yet, this start records one, written when the server
# exits normally; `micro_stopped SLOT` then keeps it for the next starts. Every start is as fresh as
# before: the configuration as shipped, no application left deployed by an earlier one. A new Payara
# Micro or JDK makes a new slot. APP_CDS=false starts without the archive.
MICRO_DIST="$ROOT/web/target/payara-micro.jar"
micro_prepare() {
    local slot="$VAR/micro/$1" stamp
    MICRO_JAR="$MICRO_DIST" MICRO_CDS=()
    [ "${APP_CDS:-true}" = true ] || return 0
    local java_home; java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    stamp="$(stat -c '%s %Y' "$MICRO_DIST" "$java_home"/lib/server/classes.jsa 2>/dev/null | tr '\n' ' ')
$(java -Xshare:off -version 2>&1)"
    if [ "$(cat "$slot/stamp" 2>/dev/null)" != "$stamp" ]; then
        rm -rf "$slot" && mkdir -p "$slot"
        java -jar "$MICRO_DIST" --rootdir "$slot/root" --outputlauncher >"$slot/launcher.log" 2>&1 \
            || die "Payara Micro could not unpack into $slot; see $slot/launcher.log"
        tar -C "$slot/root" -cf "$slot/config.tar" config
        printf '%s' "$stamp" >"$slot/stamp"
    fi
    rm -rf "$slot/root/applications" "$slot/root/generated" "$slot/root/autodeploy" "$slot/root/config" \
        "$slot/root/logs" "$slot/classes.jsa.new" # logs: the transaction log too, as a fresh runtime has none
    tar -C "$slot/root" -xf "$slot/config.tar"
    MICRO_JAR="$slot/root/launch-micro.jar"
    if [ -f "$slot/classes.jsa" ]; then
        MICRO_CDS=(-XX:SharedArchiveFile="$slot/classes.jsa")
    else
        log "this start records the class archive of slot $1 (written at exit, used from the next start on)"
        MICRO_CDS=(-XX:ArchiveClassesAtExit="$slot/classes.jsa.new" -Xlog:cds=off -Xlog:cds+dynamic=off)
    fi
}
# After the server of SLOT has exited (its exit status in $2): an archive it wrote is kept, unless the
# JVM was killed before it could finish writing it.
micro_stopped() {
    local slot="$VAR/micro/$1" status="${2:-0}"
    [ -f "$slot/classes.jsa.new" ] || return 0
    if [ "$status" -ne 137 ]; then mv "$slot/classes.jsa.new" "$slot/classes.jsa"; else rm -f "$slot/classes.jsa.new"; fi
}

DB_HOST="${APP_DB_HOST:-127.0.0.1}"
DB_PORT="${APP_DB_PORT:-3306}"
DB_USER="${APP_DB_USER:-linkage}"
DB_PASSWORD="${APP_DB_PASSWORD:-linkage}"
# The schema owner the application's migrations run as; the application's own user may then only
# insert and read the audit trail (README, Audit trail). Set it to DB_USER for one user with all rights.
DB_OWNER_USER="${APP_DB_MIGRATION_USER:-linkage_owner}"
DB_OWNER_PASSWORD="${APP_DB_MIGRATION_PASSWORD:-linkage_owner}"
DB_ADMIN_USER="${DB_ADMIN_USER:-root}"
DB_ADMIN_PASSWORD="${DB_ADMIN_PASSWORD:-}"

PRIVATE_DB_DIR="$VAR/mariadb"
PRIVATE_DB_SOCKET="$PRIVATE_DB_DIR/mysqld.sock"

log() { printf '[linkage] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        die "need root (or sudo) to run: $*"; fi
}

APT_UPDATED=""
apt_install() {
    command -v apt-get >/dev/null || die "apt-get not found; install these packages by hand: $*"
    if [ -z "$APT_UPDATED" ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
    log "installing $*"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

port_answers() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# Runs SQL as the database administrator: over the private instance's socket when we started it,
# otherwise over TCP to the configured server.
db_admin() {
    if [ -S "$PRIVATE_DB_SOCKET" ] && [ "$DB_PORT_OWNER" = private ]; then
        mariadb --protocol=socket --socket="$PRIVATE_DB_SOCKET" -uroot "$@"
    else
        mariadb --protocol=tcp -h"$DB_HOST" -P"$DB_PORT" -u"$DB_ADMIN_USER" ${DB_ADMIN_PASSWORD:+-p"$DB_ADMIN_PASSWORD"} "$@"
    fi
}

start_private_mariadb() {
    command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || apt_install mariadb-server
    PATH="$PATH:/usr/sbin"
    mkdir -p "$PRIVATE_DB_DIR"
    local run_as=(); [ "$(id -u)" -eq 0 ] && run_as=(--user=root)
    if [ ! -d "$PRIVATE_DB_DIR/data/mysql" ]; then
        log "initialising a private MariaDB in $PRIVATE_DB_DIR"
        mariadb-install-db --no-defaults --datadir="$PRIVATE_DB_DIR/data" --auth-root-authentication-method=normal \
            --skip-test-db "${run_as[@]}" >"$PRIVATE_DB_DIR/install.log" 2>&1 \
            || die "mariadb-install-db failed, see $PRIVATE_DB_DIR/install.log"
    fi
    log "starting the private MariaDB on $DB_HOST:$DB_PORT"
    setsid nohup mariadbd --no-defaults --datadir="$PRIVATE_DB_DIR/data" --socket="$PRIVATE_DB_SOCKET" \
        --port="$DB_PORT" --bind-address="$DB_HOST" --pid-file="$PRIVATE_DB_DIR/mariadb.pid" \
        --log-error="$PRIVATE_DB_DIR/error.log" --character-set-server=utf8mb4 \
        --collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=256M "${run_as[@]}" \
        >/dev/null 2>&1 < /dev/null &
    for _ in $(seq 1 60); do
        port_answers "$DB_HOST" "$DB_PORT" && [ -S "$PRIVATE_DB_SOCKET" ] && return 0
        sleep 1
    done
    die "the private MariaDB did not start, see $PRIVATE_DB_DIR/error.log"
}

# Makes sure a MariaDB answers at DB_HOST:DB_PORT (starting a private one if none does) and that
# the client is installed.
ensure_mariadb() {
    DB_PORT_OWNER=external
    if port_answers "$DB_HOST" "$DB_PORT"; then
        if [ -f "$PRIVATE_DB_DIR/mariadb.pid" ] && [ -S "$PRIVATE_DB_SOCKET" ]; then DB_PORT_OWNER=private; fi
        log "MariaDB answers on $DB_HOST:$DB_PORT"
    else
        start_private_mariadb
        DB_PORT_OWNER=private
    fi
    command -v mariadb >/dev/null || apt_install mariadb-client
}

# Creates the database (utf8mb4), its owner (all rights, with GRANT OPTION: the migrations run as it
# and grant the application's user its rights table by table) and the application's user, with
# SELECT and INSERT on the whole database only: MariaDB cannot take a right on one table back from a
# grant on the database, so UPDATE and DELETE come per table, never on the audit trail. A wider grant
# from an older setup is taken back. With "fresh", drops the database first so a test run starts
# from nothing. Exports APP_DB_MIGRATION_USER / _PASSWORD for the servers the scripts start.
ensure_database() {
    local name="$1" fresh="${2:-}"
    local drop="" host app_rights=""
    [ "$fresh" = fresh ] && drop="DROP DATABASE IF EXISTS \`$name\`;"
    for host in 127.0.0.1 localhost; do
        if [ "$DB_OWNER_USER" = "$DB_USER" ]; then
            app_rights+="GRANT ALL PRIVILEGES ON \`$name\`.* TO '$DB_USER'@'$host';"
        else
            app_rights+="CREATE USER IF NOT EXISTS '$DB_OWNER_USER'@'$host' IDENTIFIED BY '$DB_OWNER_PASSWORD';
GRANT ALL PRIVILEGES ON \`$name\`.* TO '$DB_OWNER_USER'@'$host' WITH GRANT OPTION;
GRANT SELECT ON \`$name\`.* TO '$DB_USER'@'$host';
REVOKE ALL PRIVILEGES ON \`$name\`.* FROM '$DB_USER'@'$host';
GRANT SELECT, INSERT ON \`$name\`.* TO '$DB_USER'@'$host';"
        fi
    done
    db_admin <<SQL || die "cannot create database $name as $DB_ADMIN_USER (set DB_ADMIN_USER / DB_ADMIN_PASSWORD)"
$drop
CREATE DATABASE IF NOT EXISTS \`$name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
$app_rights
SQL
    export APP_DB_MIGRATION_USER="$DB_OWNER_USER" APP_DB_MIGRATION_PASSWORD="$DB_OWNER_PASSWORD"
    log "database $name ready for user $DB_USER (schema owner $DB_OWNER_USER)"
}

jdbc_url() { printf 'jdbc:mariadb://%s:%s/%s' "$DB_HOST" "$DB_PORT" "$1"; }

ensure_build_tools() {
    command -v java >/dev/null || die "Java 17 is needed (apt-get install openjdk-17-jdk)"
    command -v mvn >/dev/null || die "Maven is needed (apt-get install maven)"
}

# Debian's Chromium and its driver, for the browser tests.
ensure_browser() {
    local missing=()
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
    [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
    ensure_axe
}

# axe-core, the accessibility engine the browser tests inject into every page (MPL-2.0, test only),
# pinned and kept under var/ (the tests read it from AXE_JS).
AXE_VERSION=4.10.3
AXE_JS="$ROOT/var/axe-core-$AXE_VERSION/node_modules/axe-core/axe.min.js"
ensure_axe() {
    [ -f "$AXE_JS" ] && return 0
    command -v npm >/dev/null || apt_install npm
    log "installing axe-core $AXE_VERSION for the browser tests"
    npm install --no-save --no-audit --no-fund --silent --prefix "$ROOT/var/axe-core-$AXE_VERSION" "axe-core@$AXE_VERSION" >/dev/null
}

# The CJK font the office's PDF documents embed (app.pdf.font).
ensure_fonts() {
    [ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || apt_install fonts-wqy-microhei
}
