package dev.inboundscim.bootstrap;

/** {@link EventStreamFailoverSuite} over Postgres. */
class PostgresEventStreamFailoverTest extends EventStreamFailoverSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
