#!/usr/bin/env bash
# Start-up benchmark (a benchmark, not a test: it never fails on slow numbers).
#
#   bash bench/startup.sh [RUNS]        RUNS per configuration, default 5
#
# Measures time from launch to the first successful GET / (curl, polled every 10 ms) and the
# process RSS (VmRSS in /proc/PID/status) right after that first 200 and after 20 more GET /,
# for, run alternately (a b c, a b c, ...) on the same machine in one run:
#   (a) java -jar on the fat jar, Temurin 25, no flags
#   (b) the container image's configuration: extracted jar + JDK AOT cache + Spring AOT + the
#       image's JVM flags, started by docker/entrypoint.sh (the image's ENTRYPOINT)
#   (c) java -jar on the fat jar, JDK 17, no flags (for reference)
# All three use the one jar built with -Paot; without -Dspring.aot.enabled=true, (a) and (c)
# ignore its generated AOT classes and start exactly like a plain build.
#
# Environment: TEMURIN25_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64), JAVA17_HOME (default
# /usr/lib/jvm/java-17-openjdk-amd64), BENCH_SKIP_BUILD=1 to reuse target/bench from a previous
# run. Raw figures go to bench/results/ (not committed).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

RUNS=${1:-5}
REQUESTS=20
JAVA25_HOME=${TEMURIN25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA17_HOME=${JAVA17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
WORK=target/bench

die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number"
[[ -x "$JAVA25_HOME/bin/java" ]] || die "Temurin 25 not found at $JAVA25_HOME (set TEMURIN25_HOME)"
[[ -x "$JAVA17_HOME/bin/java" ]] || die "JDK 17 not found at $JAVA17_HOME (set JAVA17_HOME)"
command -v curl >/dev/null || die "curl is needed"

if [[ "${BENCH_SKIP_BUILD:-}" != 1 ]]; then
	echo "building with Temurin 25 (scripts/docker-steps.sh package + layout) ..." >&2
	(
		export JAVA_HOME=$JAVA25_HOME PATH="$JAVA25_HOME/bin:$PATH"
		bash scripts/docker-steps.sh package >"$(mktemp)" 2>&1 || die "package failed"
		mkdir -p "$WORK"
		bash scripts/docker-steps.sh layout "$WORK" >"$WORK/layout.log" 2>&1 ||
			die "layout failed, see $WORK/layout.log"
	)
fi
shopt -s nullglob
jars=(target/tootkey-*.jar)
shopt -u nullglob
((${#jars[@]} == 1)) || die "expected exactly one target/tootkey-*.jar"
JAR=${jars[0]}
APP_HOME=$(cd "$WORK/app" && pwd)
[[ -s "$APP_HOME/app.aot" ]] || die "no $WORK/app/app.aot: run without BENCH_SKIP_BUILD"

free_port() {
	# Below the kernel's ephemeral range, so no other program's outgoing or port-0 socket can
	# take it between this check and our bind.
	local port low
	low=$(awk '{ print $1 }' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
	((low > 12000)) || low=32768
	for _ in $(seq 50); do
		port=$((10000 + RANDOM % (low - 10000)))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "$port"
			return
		fi
	done
	die "no free port found"
}

rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# measure NAME COMMAND... : prints "NAME ms rss_first rss_after"
measure() {
	local name=$1 port pid t0 t1 code rss1 rss2 deadline
	shift
	port=$(free_port)
	t0=$(date +%s%N)
	SERVER_PORT=$port SERVER_ADDRESS=127.0.0.1 "$@" >"$WORK/run-$name.log" 2>&1 &
	pid=$!
	deadline=$((SECONDS + 120))
	while :; do
		code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/" || true)
		[[ "$code" == 200 ]] && break
		kill -0 "$pid" 2>/dev/null || die "($name) exited during start-up, see $WORK/run-$name.log"
		((SECONDS < deadline)) || { kill "$pid"; die "($name) no 200 within 120 s"; }
		sleep 0.01
	done
	t1=$(date +%s%N)
	rss1=$(rss_mib "$pid")
	for _ in $(seq "$REQUESTS"); do
		curl -s -o /dev/null --max-time 5 "http://127.0.0.1:$port/"
	done
	rss2=$(rss_mib "$pid")
	kill -TERM "$pid"
	wait "$pid" || true
	# The 200s must have come from this process, not from something else on that port.
	grep -q "Tomcat started on port $port " "$WORK/run-$name.log" || die "($name) another process answered on port $port"
	echo "$name $(((t1 - t0) / 1000000)) $rss1 $rss2"
}

run_a() { measure a "$JAVA25_HOME/bin/java" -jar "$JAR"; }
run_b() { JAVA_HOME=$JAVA25_HOME TOOTKEY_HOME=$APP_HOME measure b docker/entrypoint.sh; }
run_c() { measure c "$JAVA17_HOME/bin/java" -jar "$JAR"; }

mkdir -p bench/results
RESULTS=bench/results/startup-$(date -u +%Y%m%dT%H%M%SZ).tsv
printf 'config\tms\trss_first_mib\trss_after_mib\n' >"$RESULTS"
for round in $(seq "$RUNS"); do
	for config in a b c; do
		line=$("run_$config")
		echo "round $round: $line" >&2
		tr ' ' '\t' <<<"$line" >>"$RESULTS"
	done
done

# median of column $2 for configuration $1
median() {
	awk -v c="$1" -v k="$2" 'NR > 1 && $1 == c { print $k }' "$RESULTS" | sort -n |
		awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.0f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
range() {
	awk -v c="$1" 'NR > 1 && $1 == c { print $2 }' "$RESULTS" | sort -n | sed -n '1p;$p' | paste -sd-
}

declare -A label=(
	[a]="(a) java -jar fat jar, Temurin 25"
	[b]="(b) image config: extracted + AOT cache + Spring AOT"
	[c]="(c) java -jar fat jar, JDK 17"
)
echo
echo "Tootkey start-up, $RUNS runs each, alternating; $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr)"
echo "Temurin 25: $("$JAVA25_HOME/bin/java" -version 2>&1 | sed -n 2p)"
echo "JDK 17:     $("$JAVA17_HOME/bin/java" -version 2>&1 | sed -n 2p)"
echo "(b) flags:  $(sed -n '/^jvm_flags=(/,/^)/p' docker/entrypoint.sh | grep -E '^[[:space:]]+-' | tr -d '\t' | paste -sd' ') -XX:AOTCache=app.aot"
echo
row() { printf '| %-52s | %16s | %13s | %16s | %15s |\n' "$@"; }
row "configuration" "first GET / (ms)" "range (ms)" "RSS at 1st (MiB)" "RSS +$REQUESTS (MiB)"
row "$(printf -- '-%.0s' {1..52})" "$(printf -- '-%.0s' {1..16})" "$(printf -- '-%.0s' {1..13})" \
	"$(printf -- '-%.0s' {1..16})" "$(printf -- '-%.0s' {1..15})"
for config in a b c; do
	row "${label[$config]}" "$(median "$config" 2)" "$(range "$config")" "$(median "$config" 3)" "$(median "$config" 4)"
done
ta=$(median a 2) tb=$(median b 2) ra=$(median a 4) rb=$(median b 4) rb1=$(median b 3) tc=$(median c 2)
# Load on a shared machine varies between rounds: (b)/(a) within each round, then the median.
per_round=$(awk 'NR > 1 { n[$1]++; t[$1, n[$1]] = $2 } END { for (i = 1; i <= n["a"]; i++) print t["b", i] / t["a", i] }' "$RESULTS" |
	sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
echo
awk -v ta="$ta" -v tb="$tb" -v tc="$tc" -v ra="$ra" -v rb="$rb" -v rb1="$rb1" -v pr="$per_round" 'BEGIN {
	t = tb / ta
	printf "(b)/(a): time %.2f (median of per-round ratios %.2f), RSS %.2f; (b)/(c): time %.2f\n", t, pr, rb / ra, tb / tc
	printf "goal time (b) <= 0.30 x (a): %s (%.2f)\n", (t <= 0.30 ? "met" : "missed"), t
	printf "goal RSS (b) <= 150 MiB: %s (%d MiB at first GET, %d MiB after the requests)\n", (rb <= 150 && rb1 <= 150 ? "met" : "missed"), rb1, rb
}'
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "raw figures: $RESULTS"
