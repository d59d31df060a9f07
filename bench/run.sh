#!/usr/bin/env bash
# The four figures of "fast and lean", measured in one run, each against its reference measured in
# the same run on the same machine:
#   1. cold start: a fresh JVM running the real handler path on one S3 event, against the SDK floor
#      (a fresh JVM that builds S3Client + DynamoDbClient and does one GetItem), both against the
#      same moto_server; medians of RUNS alternating starts.            target: <= 1.25x the floor
#   2. throughput: the whole pipeline against Readability4J, same pages, same loop, one core,
#      after a warm-up; medians of ROUNDS alternating runs.             target: >= 3x the peer
#   3. package: the size of target/precis.jar.                          target: <= 12 MB
#   4. memory: a 5 MB article end to end in a JVM with -Xmx256m;       target: completes
#      scaling: articles of 10 KB to 10 MB end to end (-Xmx1g, the function's memory); CPU time
#      per input byte, slowest size against fastest.                   target: <= 2x
# Run by hand (not in CI): takes about 10 minutes. Needs java, mvn, moto_server, curl, taskset.
# Settings: RUNS (11), ROUNDS (3), WARMUP (10 s), SECONDS_PER_RUN (20 s), BENCH_CPU (1),
#           PRECIS_CORPUS (../shared/corpus/readability-test-pages).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-11}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-10}
MEASURE=${SECONDS_PER_RUN:-20}
CPU=${BENCH_CPU:-1}
CORPUS=${PRECIS_CORPUS:-../shared/corpus/readability-test-pages}
# As the Lambda java21 runtime starts the JVM: serial GC, C1 only, the JDK's CDS archive.
COLD_JVM=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto)
OUT=target/bench
mkdir -p "$OUT"

for tool in java mvn moto_server curl taskset python3; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh needs $tool on PATH" >&2; exit 1; }
done
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS (set PRECIS_CORPUS)" >&2; exit 1; }

echo "== build (mvn package, test classes, classpaths)"
mvn -q -B -ntp package -DskipTests
mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
# The floor runs on the SDK's own jars, as published: s3, dynamodb, url-connection-client and theirs.
mvn -q -B -ntp dependency:build-classpath -Dmdep.outputFile=target/sdk.cp -Dmdep.includeScope=runtime \
    -Dmdep.includeGroupIds=software.amazon.awssdk,software.amazon.eventstream,org.reactivestreams,org.slf4j
BENCH_CP="target/test-classes:target/classes:$(cat target/bench.cp)"
FLOOR_CP="target/test-classes:$(cat target/sdk.cp)"

median() { sort -g | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }

echo "== moto_server"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
ENDPOINT="http://127.0.0.1:$PORT"
moto_server -H 127.0.0.1 -p "$PORT" >"$OUT/moto.log" 2>&1 &
MOTO=$!
trap 'kill $MOTO 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fs "$ENDPOINT/moto-api/" >/dev/null 2>&1 && break; sleep 0.2; done
# Bucket, table and the sample uploaded and summarised once through the trigger (the shrunk jar's
# own `local` command): the floor reads that item, the handler re-reads that object.
java -jar target/precis.jar local --endpoint "$ENDPOINT" >"$OUT/local.json" 2>"$OUT/local.log"
BUCKET=precis-local-articles
TABLE=precis-local-summaries
KEY=incoming/nvidia-h20-scraped.txt
sed "s/\"precis-articles\"/\"$BUCKET\"/; s/arn:aws:s3:::precis-articles/arn:aws:s3:::$BUCKET/" \
    events/s3-put.json >"$OUT/event.json"
export AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test

# One fresh JVM: appends "wall_s cpu_s" to the file named first.
timed() {
  local file=$1; shift
  local t0 t1
  t0=$(date +%s%N)
  /usr/bin/time -f "%U %S" -o "$OUT/cpu.tmp" "$@" >"$OUT/last.out" 2>>"$OUT/cold.log" || { echo "failed: $*" >&2; tail -5 "$OUT/cold.log" >&2; exit 1; }
  t1=$(date +%s%N)
  echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f", (b-a)/1e9}') $(awk '{printf "%.3f", $1+$2}' "$OUT/cpu.tmp")" >>"$file"
}

echo "== cold starts: $RUNS of each, alternating"
rm -f "$OUT"/cold-*.txt "$OUT/cold.log"
floor() { timed "$OUT/cold-floor.txt" java "${COLD_JVM[@]}" -cp "$FLOOR_CP" com.precis.bench.SdkFloor "$ENDPOINT" "$TABLE" "s3://$BUCKET/$KEY"; }
handler() { AWS_ENDPOINT_URL="$ENDPOINT" TABLE_NAME="$TABLE" timed "$OUT/cold-handler.txt" java "${COLD_JVM[@]}" -cp "target/precis.jar:target/test-classes" com.precis.bench.HandlerColdStart "$BUCKET" "$KEY"; }
invoke() {
  # a sequencer above the others, rising: each run is the article's newest event and is processed
  sed -E "s/\"sequencer\": *\"[0-9A-Fa-f]*\"/\"sequencer\": \"FFFFFFFFFFFFFFFFFFFF$(printf '%020X' "$(date +%s%N)")\"/" \
      "$OUT/event.json" >"$OUT/event-now.json"
  timed "$OUT/cold-invoke.txt" java "${COLD_JVM[@]}" -jar target/precis.jar invoke "$OUT/event-now.json" --endpoint "$ENDPOINT" --table "$TABLE"
  grep -q '"status" : "STORED"' "$OUT/last.out" || { echo "invoke did not store the article: $(cat "$OUT/last.out")" >&2; exit 1; }
}
hello() { timed "$OUT/cold-hello.txt" java "${COLD_JVM[@]}" -cp target/test-classes com.precis.bench.Hello; }
for i in $(seq "$RUNS"); do
  if (( i % 2 )); then floor; handler; else handler; floor; fi
  invoke
  hello
done
for kind in hello floor handler invoke; do
  declare "WALL_${kind}=$(cut -d' ' -f1 "$OUT/cold-$kind.txt" | median)"
  declare "CPU_${kind}=$(cut -d' ' -f2 "$OUT/cold-$kind.txt" | median)"
done

echo "== throughput: $ROUNDS runs of each on CPU $CPU, ${WARMUP} s warm-up, ${MEASURE} s timed"
rm -f "$OUT"/tp-*.txt
for i in $(seq "$ROUNDS"); do
  taskset -c "$CPU" java -XX:+UseSerialGC -jar target/precis.jar bench "$CORPUS" --warmup "$WARMUP" --seconds "$MEASURE" | tee -a "$OUT/tp-precis.txt"
  taskset -c "$CPU" java -XX:+UseSerialGC -cp "$BENCH_CP" com.precis.bench.ReadabilityPeer "$CORPUS" "$WARMUP" "$MEASURE" | tee -a "$OUT/tp-peer.txt"
done
field() { sed -E "s/.*: ([0-9.]+) pages\/s, ([0-9.]+) MB\/s, p50 ([0-9.]+) ms, p99 ([0-9.]+) ms.*on CPU time: ([0-9.]+) pages\/s.*/\\$2/" "$1" | median; }
TP_PRECIS=$(field "$OUT/tp-precis.txt" 1); TP_PEER=$(field "$OUT/tp-peer.txt" 1)
CPU_TP_PRECIS=$(field "$OUT/tp-precis.txt" 5); CPU_TP_PEER=$(field "$OUT/tp-peer.txt" 5)
MB_PRECIS=$(field "$OUT/tp-precis.txt" 2); MB_PEER=$(field "$OUT/tp-peer.txt" 2)
P50_PRECIS=$(field "$OUT/tp-precis.txt" 3); P50_PEER=$(field "$OUT/tp-peer.txt" 3)
P99_PRECIS=$(field "$OUT/tp-precis.txt" 4); P99_PEER=$(field "$OUT/tp-peer.txt" 4)

echo "== memory: a 5 MB article with -Xmx256m; scaling: 10 KB to 10 MB with the function's 1 GB"
if taskset -c "$CPU" java -Xmx256m -XX:+UseSerialGC -cp "$BENCH_CP" com.precis.bench.ScalingBench "$CORPUS" 3 5000000 \
    >"$OUT/memory.txt" 2>"$OUT/memory.log"; then
  MEMORY="completed, peak heap $(sed -nE 's/.*peak heap +([0-9]+) MB.*/\1/p' "$OUT/memory.txt" | head -1) MB"
else
  MEMORY="FAILED: $(grep -m1 -oE '(java|[a-z]+)\.[A-Za-z.]*(Error|Exception)' "$OUT/memory.log" || echo "exit code $?")"
fi
cat "$OUT/memory.txt"
if taskset -c "$CPU" java -Xmx1g -XX:+UseSerialGC -cp "$BENCH_CP" com.precis.bench.ScalingBench "$CORPUS" 3 \
    >"$OUT/scaling.txt" 2>"$OUT/scaling.log"; then
  SCALING=$(sed -nE 's/.*max\/min time per byte.*: ([0-9.]+).*/\1/p' "$OUT/scaling.txt")
else
  SCALING=nan
  grep -m1 -oE '(java|[a-z]+)\.[A-Za-z.]*(Error|Exception)' "$OUT/scaling.log" >&2 || true
fi
cat "$OUT/scaling.txt"

JAR_BYTES=$(stat -c %s target/precis.jar)
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN {ok = (op == "<=") ? v <= t : v >= t; print ok ? "meets" : "MISSES"}'; }
R_COLD=$(ratio "$WALL_handler" "$WALL_floor"); R_COLD_CPU=$(ratio "$CPU_handler" "$CPU_floor")
R_TP=$(ratio "$TP_PRECIS" "$TP_PEER"); R_TP_CPU=$(ratio "$CPU_TP_PRECIS" "$CPU_TP_PEER")
JAR_MB=$(awk -v b="$JAR_BYTES" 'BEGIN {printf "%.2f", b/1e6}')

cat <<EOF

== figures ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))
cold start, median of $RUNS fresh JVMs (wall s / CPU s):
  bare JVM hello             $WALL_hello / $CPU_hello
  SDK floor                  $WALL_floor / $CPU_floor
  handler, one S3 event      $WALL_handler / $CPU_handler
  invoke (+ event JSON read) $WALL_invoke / $CPU_invoke
  handler / floor            ${R_COLD}x wall, ${R_COLD_CPU}x CPU      target <= 1.25x: $(verdict "$R_COLD" 1.25 "<=")
throughput, $(wc -l <"$OUT/tp-precis.txt") runs each, median, one core, $(ls -d "$CORPUS"/*/ | wc -l) pages:
  precis (whole pipeline)    $TP_PRECIS pages/s, $MB_PRECIS MB/s, p50 $P50_PRECIS ms, p99 $P99_PRECIS ms (CPU time: $CPU_TP_PRECIS pages/s)
  readability4j (cleaning)   $TP_PEER pages/s, $MB_PEER MB/s, p50 $P50_PEER ms, p99 $P99_PEER ms (CPU time: $CPU_TP_PEER pages/s)
  precis / readability4j     ${R_TP}x wall, ${R_TP_CPU}x CPU      target >= 3x: $(verdict "$R_TP" 3 ">=")
package:
  target/precis.jar          $JAR_BYTES bytes = $JAR_MB MB          target <= 12 MB: $(verdict "$JAR_MB" 12 "<=")
memory and scaling (time per input byte: CPU time of the processing thread + GC pauses):
  5 MB article, -Xmx256m     $MEMORY
  10 KB to 10 MB, max/min    ${SCALING}x                        target <= 2x: $(verdict "$SCALING" 2 "<=")
EOF
