package dev.inboundscim.bootstrap;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Stops idle node processes before a test class that does not run on them starts (registered through
 * {@code META-INF/services}): they would take a share of the store's background work from that class's servers.
 * {@link RunningServerTest} classes see to it themselves, since they may reuse the nodes.
 */
public final class IdleNodesListener implements TestExecutionListener {

    @Override
    public void executionStarted(TestIdentifier test) {
        if (test.getSource().orElse(null) instanceof ClassSource source
                && !RunningServerTest.class.isAssignableFrom(source.getJavaClass())) {
            SharedNodes.stopIdle();
        }
    }
}
