#!/usr/bin/env bash
# Runs the embedding-gate harness (docs/experiments/embedding-issue-gate.md) from the repository root:
#   mvn -B -q -DskipTests package && bench/embedding/run.sh [BASE_REPORT_DIR]
# BASE_REPORT_DIR: main's eval reports (<set>.txt, from /work/tools/evalall.sh), to count the positives main missed.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/embedding-bench
mkdir -p "$OUT/classes"
(cd bench/embedding && mvn -B -q dependency:build-classpath -Dmdep.outputFile="$PWD/../../$OUT/cp.txt")
CP="target/dgkg.jar:$(cat "$OUT/cp.txt")"
javac -encoding UTF-8 -d "$OUT/classes" -cp "$CP" bench/embedding/src/EmbeddingGate.java
java -Xmx3g -cp "$OUT/classes:$CP" EmbeddingGate . "${1:-}"
