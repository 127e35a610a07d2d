package dev.inboundscim.bootstrap;

/** {@link LogStreamFailoverSuite} over Postgres. */
class PostgresLogStreamFailoverTest extends LogStreamFailoverSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
