package dev.inboundscim.bootstrap;

/** {@link BackchannelLogoutSuite} over Postgres. */
class PostgresBackchannelLogoutTest extends BackchannelLogoutSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
