package dev.inboundscim.adapter.out.mongo;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails each test of this module (registered for all of them through {@code META-INF/services} and
 * {@code junit-platform.properties}) that sent a command {@link ShardKeyCommands} recorded as lacking its connection.
 */
public final class ShardKeyCheck implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ShardKeyCheck.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put("from", ShardKeyCommands.violationCount());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Integer from = context.getStore(NAMESPACE).get("from", Integer.class);
        List<String> violations = ShardKeyCommands.violationsSince(from == null ? 0 : from);
        if (!violations.isEmpty()) {
            throw new AssertionError("Commands on per-connection collections without connectionId "
                    + "(docs/scaling.md):\n" + String.join("\n", violations));
        }
    }
}
