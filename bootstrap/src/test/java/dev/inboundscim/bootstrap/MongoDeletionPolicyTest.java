package dev.inboundscim.bootstrap;

/** {@link DeletionPolicySuite} over MongoDB. */
class MongoDeletionPolicyTest extends DeletionPolicySuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
