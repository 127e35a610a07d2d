package dev.inboundscim.bootstrap;

import java.util.List;

/** {@link ThreeNodeDeliverySuite} over PostgreSQL: three nodes on one store. */
class PostgresThreeNodeDeliveryTest extends ThreeNodeDeliverySuite {

    @Override
    Persistence persistence() {
        return TestServer.postgresNode();
    }

    @Override
    List<Persistence> otherNodes() {
        return List.of(TestServer.postgresNode(), TestServer.postgresNode());
    }
}
