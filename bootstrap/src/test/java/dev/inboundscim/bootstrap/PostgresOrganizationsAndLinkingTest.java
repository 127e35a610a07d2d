package dev.inboundscim.bootstrap;

/** {@link OrganizationsAndLinkingSuite} over Postgres. */
class PostgresOrganizationsAndLinkingTest extends OrganizationsAndLinkingSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
