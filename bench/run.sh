#!/usr/bin/env bash
# One command for every figure in BENCHMARKS.md (issue 7):
#
#   bench/run.sh            # everything: build, wizard load/memory/overhead/soak/faults, then start-up
#   bench/run.sh wizard     # only the runs against a running Tootkey
#   bench/run.sh startup    # only the start-up comparison with bench/minimal
#   bench/run.sh cpu        # CPU ms per journey (warm) and failed journeys: the figures to watch
#                           # (-Dbench.users=100 -Dbench.warmup=1000 -Dbench.rounds=3 -Dbench.journeys=1000
#                           #  -Dbench.latency=0 in BENCH_OPTS; -Dbench.pages=N adds CPU per request, page by
#                           #  page, and per journey for one person; -Dbench.assets=true makes each person a
#                           #  browser: static files as its cache allows, gzip)
#
# Builds once (offline from the local Maven repository; MVN_OFFLINE= to allow downloads), starts the
# fake Mastodon servers (bench/src/.../BenchFake) and Tootkey as separate JVMs on 127.0.0.1, runs the
# driver (bench/src/.../Driver) and writes bench/results/<kind>-<UTC time>.md (and latest-*.md).
# Phases and sizes: BENCH_OPTS="-Dbench.soak=false -Dbench.journeys=2000 ..." (see Driver).
# JVM: JAVA=/path/to/bin/java (default: java on PATH); Tootkey's JVM flags APP_OPTS (default -Xmx256m) and
# extra arguments APP_ARGS (e.g. --tootkey.outbound.max-concurrent-calls=256). Everything stays on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."

what=${1:-all}
JAVA=${JAVA:-$(command -v java)}
JAVA=$(readlink -f "$JAVA")
JAVA_BIN=$(dirname "$JAVA")
MVN_OFFLINE=${MVN_OFFLINE--o}
APP_PORT=${APP_PORT:-18080}
CONTROL_PORT=${CONTROL_PORT:-18099}
FAKE_BASE=${FAKE_BASE:-18100}
FAKES=${FAKES:-100}
STARTUP_PORT=${STARTUP_PORT:-18090}
STARTUP_ROUNDS=${STARTUP_ROUNDS:-5}
APP_OPTS=${APP_OPTS:--Xmx256m}
APP_ARGS=${APP_ARGS:-}
BENCH_OPTS=${BENCH_OPTS:-}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out=bench/results
work=bench/target
mkdir -p "$out" "$work"

# SKIP_BUILD=1 reuses target/tootkey-*.jar (e.g. to compare JVMs or flags on one build).
if [[ -z ${SKIP_BUILD:-} ]]; then
  echo "== build ($("$JAVA" -version 2>&1 | head -1))"
  JAVA_HOME=$(dirname "$JAVA_BIN") ./mvnw -q -B $MVN_OFFLINE package -DskipTests
  if [[ $what == all || $what == startup ]]; then
    JAVA_HOME=$(dirname "$JAVA_BIN") ./mvnw -q -B $MVN_OFFLINE -f bench/minimal/pom.xml package -DskipTests
  fi
fi
# The fake's own dependencies (Jackson for its JSON): the test classpath, worked out once per build.
if [[ -z ${SKIP_BUILD:-} || ! -s "$work/fake-classpath.txt" ]]; then
  JAVA_HOME=$(dirname "$JAVA_BIN") ./mvnw -q -B $MVN_OFFLINE dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$work/fake-classpath.txt" >/dev/null
fi
fake_deps=$(cat "$work/fake-classpath.txt")
rm -rf "$work/classes" "$work/test-classes"
# A copy of the fake's classes: a test build running meanwhile must not pull them from under the fakes.
cp -r target/test-classes "$work/test-classes"
"$JAVA_BIN/javac" --release 17 -d "$work/classes" -cp "$work/test-classes" bench/src/org/tootkey/bench/*.java
# JAR=path/to/tootkey.jar measures another build (e.g. main's) against the same bench.
jar=${JAR:-$(ls target/tootkey-*.jar | grep -v plain | head -1)}
minimal=bench/minimal/target/minimal-0.0.0.jar
# The https fake's key store ($work/self-signed.p12) is made on first use by SelfSignedHttps.

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

wait_for() { # url seconds
  for _ in $(seq 1 $(( $2 * 10 ))); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "no answer from $1" >&2
  return 1
}

machine() {
  echo "- machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(uname -sr)"
  echo "- JVM: $("$JAVA" -version 2>&1 | head -2 | tail -1)"
  echo "- command: bench/run.sh $what (BENCH_OPTS='$BENCH_OPTS', APP_OPTS='$APP_OPTS', APP_ARGS='$APP_ARGS')"
  echo "- load average before the run (other work on the machine): $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- commit: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (+ local changes)')"
  echo
}

if [[ $what == all || $what == wizard || $what == cpu ]]; then
  echo "== fakes and Tootkey"
  "$JAVA" -Dtootkey.fake.threads=256 -Dsun.net.httpserver.maxIdleConnections=5000 -cp "$work/classes:$work/test-classes:$fake_deps" org.tootkey.bench.BenchFake \
    "$FAKE_BASE" "$FAKES" "$CONTROL_PORT" "$work/self-signed.p12" >"$work/fake.log" 2>&1 &
  fake_pid=$!
  pids+=($fake_pid)
  # metrics exposed for the run only (tomcat.threads.busy, jvm.threads.live); the rate limits off:
  # all the load comes from one address
  "$JAVA" $APP_OPTS -jar "$jar" --server.port="$APP_PORT" --tootkey.allow-local-servers=true \
    --tootkey.rate-limit.enabled=false --management.endpoints.web.exposure.include=health,info,metrics \
    --server.tomcat.mbeanregistry.enabled=true $APP_ARGS >"$work/app.log" 2>&1 &
  app_pid=$!
  pids+=($app_pid)
  wait_for "http://127.0.0.1:$CONTROL_PORT/count" 60
  wait_for "http://127.0.0.1:$APP_PORT/actuator/health" 120
  kind=wizard
  [[ $what == cpu ]] && kind=cpu
  { echo "# ${kind^} run $stamp"; echo; machine; } >"$out/$kind-$stamp.md"
  "$JAVA" $BENCH_OPTS -cp "$work/classes" org.tootkey.bench.Driver "$kind" "$APP_PORT" "$CONTROL_PORT" "$FAKE_BASE" \
    "$app_pid" "$work/$kind-body.md" "$fake_pid"
  cat "$work/$kind-body.md" >>"$out/$kind-$stamp.md"
  cp "$out/$kind-$stamp.md" "$out/latest-$kind.md"
  cleanup
  pids=()
fi

if [[ $what == all || $what == startup ]]; then
  echo "== start-up: Tootkey and the minimal webmvc app, alternately"
  { echo "# Start-up run $stamp"; echo; machine; } >"$out/startup-$stamp.md"
  "$JAVA" -cp "$work/classes" org.tootkey.bench.Driver startup "$JAVA" "$jar" "$minimal" "$STARTUP_ROUNDS" \
    "$STARTUP_PORT" "$work/startup-body.md"
  cat "$work/startup-body.md" >>"$out/startup-$stamp.md"
  cp "$out/startup-$stamp.md" "$out/latest-startup.md"
fi
echo "== results in $out/"
