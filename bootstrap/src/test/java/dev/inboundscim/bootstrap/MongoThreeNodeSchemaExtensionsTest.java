package dev.inboundscim.bootstrap;

/**
 * {@link SchemaExtensionsSuite} over MongoDB, three nodes on one store
 * with requests spread round-robin across them (issue 20): a write through one node is read through the next.
 */
class MongoThreeNodeSchemaExtensionsTest extends SchemaExtensionsSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
