package dev.inboundscim.bootstrap;

import java.util.List;

/** {@link ThreeNodeDeliverySuite} over MongoDB: three nodes on one store. */
class MongoThreeNodeDeliveryTest extends ThreeNodeDeliverySuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }

    @Override
    List<Persistence> otherNodes() {
        return List.of(TestServer.mongoNode(), TestServer.mongoNode());
    }
}
