#!/usr/bin/env bash
# Benchmark of reading a call (issue 13's target: suggestion and inference together at most 5 ms a
# call): builds the modules (the build trains the item model), then times intake's reading and
# routing's proposal basis and decision table on every call of the corpus, on one thread.
#   bench/reading.sh [rounds]      # default 20
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bin/lib/common.sh"

ROUNDS="${1:-20}"
cd "$ROOT"
CP_FILE="$ROOT/routing/target/bench-classpath.txt"
log "building domain, config, intake and routing"
mvn -q -B -ntp compile dependency:build-classpath -pl routing -am -Dmdep.outputFile="$CP_FILE" \
    -Dmdep.includeScope=test >/dev/null
CP="$ROOT/domain/target/classes:$ROOT/config/target/classes:$ROOT/intake/target/classes:$ROOT/routing/target/classes:$(cat "$CP_FILE")"
java -Xmx1g -cp "$CP" "$ROOT/bench/ReadingBench.java" "$ROOT/corpus" "$ROUNDS" 2>&1 | grep -v '^SLF4J'
