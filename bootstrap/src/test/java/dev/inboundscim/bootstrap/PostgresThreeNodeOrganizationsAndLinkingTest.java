package dev.inboundscim.bootstrap;

/**
 * {@link OrganizationsAndLinkingSuite} over PostgreSQL, three nodes on one store
 * with requests spread round-robin across them (issue 20).
 */
class PostgresThreeNodeOrganizationsAndLinkingTest extends OrganizationsAndLinkingSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
