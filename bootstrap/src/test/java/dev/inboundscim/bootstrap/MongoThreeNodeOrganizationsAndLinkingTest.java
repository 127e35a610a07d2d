package dev.inboundscim.bootstrap;

/**
 * {@link OrganizationsAndLinkingSuite} over MongoDB, three nodes on one store
 * with requests spread round-robin across them (issue 20).
 */
class MongoThreeNodeOrganizationsAndLinkingTest extends OrganizationsAndLinkingSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
