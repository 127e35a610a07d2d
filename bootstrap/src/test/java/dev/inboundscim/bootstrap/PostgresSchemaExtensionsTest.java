package dev.inboundscim.bootstrap;

/** {@link SchemaExtensionsSuite} over PostgreSQL. */
class PostgresSchemaExtensionsTest extends SchemaExtensionsSuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }
}
