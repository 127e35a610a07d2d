package dev.inboundscim.bootstrap;

/** {@link CrossProcessAuthSuite} over Postgres. */
class PostgresCrossProcessAuthTest extends CrossProcessAuthSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
