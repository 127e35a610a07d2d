package dev.inboundscim.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A failed test of a suite on node processes leaves what the nodes printed while it ran, apart from the rest of their
 * shared output: {@code target/node-processes/failed-<class>.<test>.log}.
 */
final class NodeOutputEvidence implements BeforeEachCallback, TestWatcher {

    private final Supplier<NodeProcesses> nodes;
    private ServerLog during;

    NodeOutputEvidence(Supplier<NodeProcesses> nodes) {
        this.nodes = nodes;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        NodeProcesses running = nodes.get();
        during = running == null ? null : running.log();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (during == null) {
            return;
        }
        String name = "failed-" + context.getRequiredTestClass().getSimpleName() + "."
                + context.getRequiredTestMethod().getName() + ".log";
        try {
            Path file = NodeProcesses.OUTPUT.resolve(name);
            Files.write(file, during.lines());
            cause.addSuppressed(new Evidence("what the nodes printed during the test: " + file.toAbsolutePath()));
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** Names the evidence in the failure's report. */
    private static final class Evidence extends Exception {
        Evidence(String message) {
            super(message, null, false, false);
        }
    }
}
