package dev.inboundscim.bootstrap;

/** {@link DeletionPolicySuite} over PostgreSQL. */
class PostgresDeletionPolicyTest extends DeletionPolicySuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
