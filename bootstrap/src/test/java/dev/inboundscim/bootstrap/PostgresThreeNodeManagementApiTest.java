package dev.inboundscim.bootstrap;

import java.util.List;

/**
 * {@link ManagementApiSuite} over PostgreSQL, three nodes on one store
 * with requests spread round-robin across them (issue 20).
 */
class PostgresThreeNodeManagementApiTest extends ManagementApiSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgresNode();
    }

    @Override
    List<Persistence> otherNodes() {
        return List.of(TestServer.postgresNode(), TestServer.postgresNode());
    }
}
