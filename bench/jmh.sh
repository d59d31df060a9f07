#!/usr/bin/env bash
# JMH benchmarks of each pipeline stage and of the whole pipeline (src/test/java/com/precis/bench),
# on real pages of ../shared/corpus. Not part of `mvn verify`. Arguments go to JMH, e.g.
#   bench/jmh.sh                                   # every stage on the default pages (~10 min)
#   bench/jmh.sh 'PipelineBenchmark.(clean|wholePipeline)' -p page=guardian-1
#   bench/jmh.sh -prof gc                          # with allocation rates
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
exec taskset -c "${BENCH_CPU:-1}" java -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
    -Dprecis.corpus="${PRECIS_CORPUS:-../shared/corpus/readability-test-pages}" org.openjdk.jmh.Main "$@"
