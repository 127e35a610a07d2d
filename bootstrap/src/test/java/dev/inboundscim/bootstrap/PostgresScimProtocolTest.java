package dev.inboundscim.bootstrap;

/** {@link ScimProtocolSuite} over PostgreSQL. */
class PostgresScimProtocolTest extends ScimProtocolSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
