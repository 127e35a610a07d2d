package dev.inboundscim.bootstrap;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.LogManager;

/**
 * The JDK's log manager resets (closes every handler) in a shutdown hook of its own, which runs at the same time as
 * the server's: the lines that say how the shutdown went would be lost. This manager holds that reset until the
 * server logged the end of its shutdown (or a minute passed). {@link InboundScimServer} names it as the JDK's log
 * manager before anything logs.
 */
public final class ServerLogManager extends LogManager {

    private static final Duration LONGEST_HOLD = Duration.ofMinutes(1);
    private static final CountDownLatch SHUTDOWN_LOGGED = new CountDownLatch(1);
    private static volatile boolean holding;

    /** The server's shutdown hook is registered: a reset during shutdown waits for its last line. */
    static void holdResetForShutdown() {
        holding = true;
    }

    /** The server logged its last shutdown line: the reset may proceed. */
    static void shutdownLogged() {
        SHUTDOWN_LOGGED.countDown();
    }

    @Override
    public void reset() {
        if (holding && isShuttingDown()) {
            try {
                SHUTDOWN_LOGGED.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        super.reset();
    }

    private static boolean isShuttingDown() {
        try {
            Thread probe = new Thread(() -> { });
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }
}
