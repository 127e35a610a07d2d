package dev.inboundscim.bootstrap;

import java.util.List;

/**
 * {@link BackchannelLogoutSuite} over PostgreSQL, three nodes on one store
 * with requests spread round-robin across them (issue 20).
 */
class PostgresThreeNodeBackchannelLogoutTest extends BackchannelLogoutSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgresNode();
    }

    @Override
    List<Persistence> otherNodes() {
        return List.of(TestServer.postgresNode(), TestServer.postgresNode());
    }
}
