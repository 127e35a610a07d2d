package dev.inboundscim.bootstrap;

/** {@link ManagementApiSuite} over PostgreSQL. */
class PostgresManagementApiTest extends ManagementApiSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
