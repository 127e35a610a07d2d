package dev.inboundscim.bootstrap;

/**
 * {@link SchemaExtensionsSuite} over PostgreSQL, three nodes on one store
 * with requests spread round-robin across them (issue 20): a write through one node is read through the next.
 */
class PostgresThreeNodeSchemaExtensionsTest extends SchemaExtensionsSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }

    @Override
    int nodeCount() {
        return 3;
    }
}
