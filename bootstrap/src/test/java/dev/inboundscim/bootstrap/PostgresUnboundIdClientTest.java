package dev.inboundscim.bootstrap;

/** {@link UnboundIdClientSuite} over PostgreSQL. */
class PostgresUnboundIdClientTest extends UnboundIdClientSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
