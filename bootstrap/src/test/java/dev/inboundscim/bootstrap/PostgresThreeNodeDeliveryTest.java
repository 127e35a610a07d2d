package dev.inboundscim.bootstrap;

/** {@link ThreeNodeDeliverySuite} over PostgreSQL: three nodes on one store. */
class PostgresThreeNodeDeliveryTest extends ThreeNodeDeliverySuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
