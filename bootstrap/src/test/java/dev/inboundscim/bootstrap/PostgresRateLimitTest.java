package dev.inboundscim.bootstrap;

/** {@link RateLimitSuite} over PostgreSQL. */
class PostgresRateLimitTest extends RateLimitSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
