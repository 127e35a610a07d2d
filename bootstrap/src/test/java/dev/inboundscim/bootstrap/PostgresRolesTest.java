package dev.inboundscim.bootstrap;

/** {@link RolesSuite} over Postgres. */
class PostgresRolesTest extends RolesSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
