# syntax=docker/dockerfile:1
#
# Tootkey container image. Build: docker build -t tootkey .   Run: docker run -p 8080:8080 tootkey
# See docs/self-hosting.md. scripts/docker-steps.sh performs these same steps without Docker (CI).

# ---- Build: Temurin 25 JDK, Maven wrapper, Spring AOT ---------------------------------------
FROM eclipse-temurin:25-jdk-noble AS build
WORKDIR /build

# Build files first: the dependency layer is only redone when they change. The Maven
# repository (and the Maven that mvnw downloads) live in a BuildKit cache mount.
COPY --chmod=755 mvnw ./
COPY pom.xml ./
COPY .mvn .mvn
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q -Paot dependency:go-offline

COPY src src
COPY scripts/docker-steps.sh scripts/
# ./mvnw -B -Paot package with tests skipped; the aot profile runs Spring AOT (process-aot).
RUN --mount=type=cache,target=/root/.m2 bash scripts/docker-steps.sh package
# java -Djarmode=tools -jar ... extract --layers: app.jar + lib/, one directory per layer.
RUN bash scripts/docker-steps.sh extract /build/layers

# ---- Runtime: Temurin 25 JRE (Ubuntu 24.04: bash, no curl, no wget) -------------------------
FROM eclipse-temurin:25-jre-noble

RUN groupadd --system --gid 10001 tootkey \
    && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin tootkey

WORKDIR /app
# Least often changed first: dependencies are their own layer.
COPY --from=build /build/layers/dependencies/ ./
COPY --from=build /build/layers/spring-boot-loader/ ./
COPY --from=build /build/layers/snapshot-dependencies/ ./
COPY --from=build /build/layers/application/ ./
COPY --chmod=755 docker/entrypoint.sh /usr/local/bin/tootkey-entrypoint

# Listen on all interfaces of the container's own network namespace (a local run binds
# 127.0.0.1 only, see application.properties); publish the port to choose who can reach it.
ENV SERVER_ADDRESS=0.0.0.0 \
    TOOTKEY_HOME=/app

# JDK AOT cache (JEP 483/514/515), made here in the runtime stage on purpose: the cache is only
# valid for the JVM build that wrote it and for the same class path (paths, jar sizes and
# modification times). Training in this stage uses this image's own JRE, with app.jar and lib/
# at their final paths in /app, and the very flags of every later start (tootkey-entrypoint).
# The training run stops after the context refresh, before Tomcat listens on any port.
RUN tootkey-entrypoint --aot-training

COPY --chmod=755 docker/healthcheck.sh /usr/local/bin/tootkey-healthcheck

# Fixed numeric uid/gid (works with runAsNonRoot); /app stays owned by root, read-only to us.
USER 10001:10001
EXPOSE 8080

# No curl or wget in the image: bash /dev/tcp against /actuator/health/liveness.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --start-interval=2s --retries=3 \
    CMD ["tootkey-healthcheck"]

# The base image's entrypoint first adds CA certificates when USE_SYSTEM_CA_CERTS is set (for a
# Mastodon server behind a private CA), then execs ours, which execs java: java is PID 1 and
# gets SIGTERM directly (graceful shutdown).
ENTRYPOINT ["/__cacert_entrypoint.sh", "tootkey-entrypoint"]
