package dev.inboundscim.bootstrap;

/** {@link RolesSuite} over Mongo. */
class MongoRolesTest extends RolesSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
