package dev.inboundscim.bootstrap;

/** {@link HostileInputSuite} over PostgreSQL. */
class PostgresHostileInputTest extends HostileInputSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
