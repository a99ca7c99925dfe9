#!/usr/bin/env bash
# Starts Tootkey from the extracted layout (app.jar + lib/ + app.aot) in $TOOTKEY_HOME.
#
#   tootkey-entrypoint [--spring.args...]   run the application (the image's ENTRYPOINT)
#   tootkey-entrypoint --aot-training       build-time training run that writes app.aot
#
# The JVM flags live here, once, so the training run and every later start use the same ones:
# a JDK AOT cache is only used by a JVM of the same build, with the same class path and
# compatible flags (GC, compressed oops) as the run that created it.
# scripts/docker-steps.sh runs this very file outside Docker, so the two cannot drift.
set -euo pipefail

cd "${TOOTKEY_HOME:-/app}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

jvm_flags=(
	# Heap: start small, grow up to 25 % of the container's memory limit (or of the host's
	# memory when there is none): 128 MiB under a 512 MiB limit. Serial GC grows the heap to its
	# maximum rather than collect the old generation, so the maximum is what a host pays; the live
	# heap is 30-60 MiB at 100 people at once (issue 16: 75 % let RSS reach 339 MiB, 25 % keeps it
	# at 283 MiB for ~0.5 ms more GC per journey; BENCHMARKS.md). -Xms32m keeps RSS low on big
	# hosts and costs no start-up time.
	-XX:MaxRAMPercentage=25
	-Xms32m
	# A small, mostly idle web app: Serial GC has the smallest footprint; C1 only starts
	# faster and uses less memory (measured, see docs/self-hosting.md).
	-XX:+UseSerialGC
	-XX:TieredStopAtLevel=1
	# Let the orchestrator restart us rather than limp on after an OutOfMemoryError.
	-XX:+ExitOnOutOfMemoryError
	# Spring AOT: use the bean definitions generated at build time (-Paot).
	-Dspring.aot.enabled=true
)

if [[ "${1-}" == --aot-training ]]; then
	# Start the context and stop right after refresh (before Tomcat starts listening); on exit
	# the JVM writes the classes it loaded and linked, and their profiles, to app.aot
	# (JDK 25, JEP 483/514/515). Tomcat's work directories go to a throw-away tmpdir: the JVM
	# halts without running shutdown hooks.
	tmp=$(mktemp -d)
	rc=0
	"$java" "${jvm_flags[@]}" -Djava.io.tmpdir="$tmp" -Xlog:aot=error \
		-XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar app.jar || rc=$?
	rm -rf "$tmp"
	if ((rc != 0)) || [[ ! -s app.aot ]]; then
		echo "AOT training run failed (exit $rc), no app.aot written" >&2
		exit 1
	fi
	chmod 644 app.aot
	exit 0
fi

# JAVA_OPTS (word-split) comes last so it can override any flag above; JAVA_TOOL_OPTIONS is
# read by the JVM itself and can add options but not override the ones given here.
# shellcheck disable=SC2086
exec "$java" "${jvm_flags[@]}" -XX:AOTCache=app.aot ${JAVA_OPTS-} -jar app.jar "$@"
