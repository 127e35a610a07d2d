package dev.inboundscim.bootstrap;

/** {@link LogStreamsSuite} over Postgres. */
class PostgresLogStreamsTest extends LogStreamsSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
