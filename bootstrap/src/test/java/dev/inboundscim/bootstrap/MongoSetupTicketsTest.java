package dev.inboundscim.bootstrap;

/** {@link SetupTicketsSuite} over MongoDB. */
class MongoSetupTicketsTest extends SetupTicketsSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
