package dev.inboundscim.bootstrap;

/** {@link RateLimitSuite} over MongoDB. */
class MongoRateLimitTest extends RateLimitSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
