package dev.inboundscim.bootstrap;

/** {@link ThreeNodeDeliverySuite} over MongoDB: three nodes on one store. */
class MongoThreeNodeDeliveryTest extends ThreeNodeDeliverySuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
