#!/usr/bin/env bash
# The image's HEALTHCHECK. Temurin 25 images ship neither curl nor wget, so this speaks
# HTTP/1.0 over bash's /dev/tcp. Succeeds when /actuator/health/liveness answers 200.
# scripts/docker-steps.sh runs this very file against the app started outside Docker.
set -euo pipefail

port="${SERVER_PORT:-8080}"
host="${SERVER_ADDRESS:-127.0.0.1}"
case "$host" in
0.0.0.0 | :: | "[::]") host=127.0.0.1 ;;
esac

exec 3<>"/dev/tcp/$host/$port"
printf 'GET /actuator/health/liveness HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 5 status <&3
exec 3<&-
[[ "$status" == "HTTP/1."[01]" 200"* ]]
