package dev.inboundscim.bootstrap;

/** {@link MetricsSuite} over MongoDB. */
class MongoMetricsTest extends MetricsSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
