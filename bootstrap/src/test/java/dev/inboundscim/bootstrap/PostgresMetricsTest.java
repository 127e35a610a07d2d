package dev.inboundscim.bootstrap;

/** {@link MetricsSuite} over PostgreSQL. */
class PostgresMetricsTest extends MetricsSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
