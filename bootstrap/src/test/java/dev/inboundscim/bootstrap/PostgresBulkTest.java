package dev.inboundscim.bootstrap;

/** {@link BulkSuite} over PostgreSQL. */
class PostgresBulkTest extends BulkSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
