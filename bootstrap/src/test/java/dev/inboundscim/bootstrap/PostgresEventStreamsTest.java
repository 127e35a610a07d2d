package dev.inboundscim.bootstrap;

/** {@link EventStreamsSuite} over Postgres. */
class PostgresEventStreamsTest extends EventStreamsSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
