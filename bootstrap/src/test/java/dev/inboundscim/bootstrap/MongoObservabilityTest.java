package dev.inboundscim.bootstrap;

/** {@link ObservabilitySuite} over MongoDB. */
class MongoObservabilityTest extends ObservabilitySuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
