package dev.inboundscim.bootstrap;

/** {@link SchemaExtensionsSuite} over MongoDB. */
class MongoSchemaExtensionsTest extends SchemaExtensionsSuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }
}
