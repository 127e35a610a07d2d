# The server's image, built from the Linux distribution that `./mvnw -DskipTests package` leaves in
# bootstrap/target (SPEC §7.5):  docker build --build-arg VERSION=0.1.0-SNAPSHOT -t inbound-scim-server .
# It runs as a non-root user; the embedded PostgreSQL (STORE unset) keeps its data in the /data volume.
FROM debian:bookworm-slim
ARG VERSION=0.1.0-SNAPSHOT
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /data scim \
    && mkdir -p /data && chown scim /data
ADD bootstrap/target/inbound-scim-server-${VERSION}-linux-x64.tar.gz /opt/
RUN ln -s /opt/inbound-scim-server-${VERSION} /opt/inbound-scim-server
ENV PORT=8080 \
    DATA_DIR=/data \
    LOG_FORMAT=json
VOLUME /data
EXPOSE 8080
USER scim
WORKDIR /data
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD curl -fsS http://localhost:8080/observe/health/ready || exit 1
STOPSIGNAL SIGTERM
ENTRYPOINT ["/opt/inbound-scim-server/bin/inbound-scim-server"]
