package dev.inboundscim.bootstrap;

/** {@link OrganizationsAndLinkingSuite} over Mongo. */
class MongoOrganizationsAndLinkingTest extends OrganizationsAndLinkingSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
