#!/usr/bin/env bash
# The Dockerfile's own build and run steps, outside Docker (there is no Docker engine in CI).
#
#   bash scripts/docker-steps.sh            the CI check (default): lint the Dockerfile, then
#                                           package, extract, AOT training, start with the
#                                           image's flags and environment, health check, GET /,
#                                           graceful stop. Needs Temurin 25 (TEMURIN25_HOME,
#                                           default /usr/lib/jvm/temurin-25-jdk-amd64), curl, npx.
#   bash scripts/docker-steps.sh package    ./mvnw package with Spring AOT   } run by the
#   bash scripts/docker-steps.sh extract D  the layered extraction into D    } Dockerfile
#   bash scripts/docker-steps.sh layout D   extract into D/layers, merge the layers into D/app in
#                                           the Dockerfile's COPY order, AOT training run there
#
# The run steps are docker/entrypoint.sh (JVM flags, training run) and docker/healthcheck.sh,
# the same files the image uses. Writes only under target/.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

DOCKERFILE_UTILS=dockerfile-utils@0.16.3
LAYERS=(dependencies spring-boot-loader snapshot-dependencies application)

log() { printf '\n==> %s\n' "$*" >&2; }
die() { printf 'docker-steps: %s\n' "$*" >&2; exit 1; }

step_package() {
	# Tests are not part of the image build: skip compiling them too (the Docker context
	# leaves src/test out anyway).
	./mvnw -B -ntp -Paot package -Dmaven.test.skip=true
}

step_extract() {
	local dest=${1:?extract needs a destination directory} jars
	shopt -s nullglob
	jars=(target/tootkey-*.jar)
	shopt -u nullglob
	((${#jars[@]} == 1)) || die "expected exactly one target/tootkey-*.jar, found ${#jars[@]}"
	# --layers: one directory per layer, so dependencies are their own Docker layer.
	# No --launcher: app.jar + lib/*.jar, a class path of plain jars as the AOT cache needs.
	java -Djarmode=tools -jar "${jars[0]}" extract --layers --destination "$dest" \
		--application-filename app.jar
	# Empty layers (no snapshot dependencies, no launcher) must still exist for COPY.
	local layer
	for layer in "${LAYERS[@]}"; do mkdir -p "$dest/$layer"; done
}

step_layout() {
	local dir=${1:?layout needs a directory} layer
	rm -rf "$dir/layers" "$dir/app"
	step_extract "$dir/layers"
	mkdir -p "$dir/app"
	for layer in "${LAYERS[@]}"; do cp -a "$dir/layers/$layer/." "$dir/app/"; done
	TOOTKEY_HOME="$(cd "$dir/app" && pwd)" SERVER_ADDRESS=0.0.0.0 docker/entrypoint.sh --aot-training
}

use_temurin25() {
	local home=${TEMURIN25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
	[[ -x "$home/bin/java" ]] || die "Temurin 25 JDK not found at $home (set TEMURIN25_HOME). \
The image is built and run on Temurin 25; the AOT cache steps need JDK 25."
	export JAVA_HOME=$home PATH="$home/bin:$PATH"
	"$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25' || die "$home is not a JDK 25"
}

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

lint() {
	log "lint Dockerfile ($DOCKERFILE_UTILS)"
	local out err
	err=$(mktemp)
	# dockerfile-utils exits 0 on warnings: any diagnostic at all fails the check. (npm's own
	# warnings go to stderr, shown only when the lint cannot run.)
	out=$(npx --yes "$DOCKERFILE_UTILS" lint Dockerfile 2>"$err") ||
		{ echo "$out"; cat "$err"; rm -f "$err"; die "Dockerfile lint failed"; }
	rm -f "$err"
	[[ -z "$out" ]] || { echo "$out"; die "Dockerfile lint reported diagnostics"; }
	echo "clean"
}

check_wiring() {
	# What the Dockerfile must say for the steps below to be its steps.
	log "Dockerfile wiring"
	local line
	for line in \
		'RUN --mount=type=cache,target=/root/.m2 bash scripts/docker-steps.sh package' \
		'RUN bash scripts/docker-steps.sh extract /build/layers' \
		'COPY --chmod=755 docker/entrypoint.sh /usr/local/bin/tootkey-entrypoint' \
		'COPY --chmod=755 docker/healthcheck.sh /usr/local/bin/tootkey-healthcheck' \
		'ENV SERVER_ADDRESS=0.0.0.0' \
		'RUN tootkey-entrypoint --aot-training' \
		'CMD ["tootkey-healthcheck"]' \
		'ENTRYPOINT ["/__cacert_entrypoint.sh", "tootkey-entrypoint"]'; do
		grep -qF -- "$line" Dockerfile || die "Dockerfile no longer contains: $line"
	done
	local layer
	for layer in "${LAYERS[@]}"; do
		grep -qF -- "COPY --from=build /build/layers/$layer/ ./" Dockerfile ||
			die "Dockerfile does not copy the $layer layer"
	done
	echo "ok"
}

check() {
	local started=$SECONDS work=target/docker-steps
	use_temurin25
	command -v curl >/dev/null || die "curl is needed for the GET / check"
	command -v npx >/dev/null || die "npx (Node.js) is needed to lint the Dockerfile"
	lint
	check_wiring

	log "package"
	step_package
	log "extract + AOT training"
	rm -rf "$work"
	mkdir -p "$work"
	step_layout "$work"
	[[ -s "$work/app/app.aot" ]] || die "no AOT cache written"

	local port pid logfile=$work/app.log
	port=$(free_port)
	log "start on port $port with the image's flags and environment"
	# Same environment as the image (ENV SERVER_ADDRESS=0.0.0.0), a free port. AOTMode=on makes
	# the JVM refuse to start if it cannot use the AOT cache (the image uses the default, auto,
	# which would quietly start without it): proves the cache fits this layout and these flags.
	SERVER_ADDRESS=0.0.0.0 SERVER_PORT=$port TOOTKEY_HOME="$(cd "$work/app" && pwd)" \
		JAVA_OPTS=-XX:AOTMode=on docker/entrypoint.sh >"$logfile" 2>&1 &
	pid=$!
	# shellcheck disable=SC2064
	trap "kill $pid 2>/dev/null || true" EXIT

	local deadline=$((SECONDS + 60))
	until SERVER_ADDRESS=0.0.0.0 SERVER_PORT=$port docker/healthcheck.sh 2>/dev/null; do
		kill -0 "$pid" 2>/dev/null || { tail -n 50 "$logfile"; die "the application exited during start-up"; }
		((SECONDS < deadline)) || { tail -n 50 "$logfile"; die "health check did not pass within 60 s"; }
		sleep 0.2
	done
	# ... and it was our process that answered.
	grep -q "Tomcat started on port $port " "$logfile" || die "something else answered on port $port"
	echo "health check passed"

	local path code
	for path in / /actuator/health/liveness /actuator/health/readiness; do
		code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$port$path")
		[[ "$code" == 200 ]] || { tail -n 50 "$logfile"; die "GET $path answered $code, expected 200"; }
		echo "GET $path -> 200"
	done
	grep -q 'Starting AOT-processed TootkeyApplication' "$logfile" || die "Spring AOT was not used"

	log "stop (SIGTERM, graceful shutdown)"
	kill -TERM "$pid"
	local rc=0
	timeout 40 tail --pid="$pid" -f /dev/null || die "the application did not stop within 40 s"
	wait "$pid" || rc=$?
	trap - EXIT
	# A JVM ended by SIGTERM exits with 143 after running its shutdown hooks.
	((rc == 0 || rc == 143)) || { tail -n 50 "$logfile"; die "exit status $rc after SIGTERM"; }
	grep -q 'Graceful shutdown complete' "$logfile" || { tail -n 20 "$logfile"; die "no graceful shutdown"; }
	echo "stopped gracefully (exit $rc)"

	rm -rf "$work/layers"
	log "docker steps passed in $((SECONDS - started)) s"
}

case "${1:-check}" in
check) check ;;
package) step_package ;;
extract) step_extract "${2-}" ;;
layout) step_layout "${2-}" ;;
*) die "unknown step: $1 (check, package, extract DIR, layout DIR)" ;;
esac
