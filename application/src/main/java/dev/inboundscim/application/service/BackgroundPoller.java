package dev.inboundscim.application.service;

import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs one round of background work every interval on a virtual thread, with a virtual-thread executor for the
 * round's tasks; closing interrupts both, so work in flight stops where it is (and must be safe to redo).
 */
public final class BackgroundPoller implements AutoCloseable {

    private final Logger log;
    private final Thread poller;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean closed;

    private BackgroundPoller(String name, Duration interval, Runnable round) {
        this.log = System.getLogger(name);
        this.poller = Thread.ofVirtual().name(name).unstarted(() -> {
            while (!closed) {
                try {
                    round.run();
                } catch (RuntimeException e) {
                    log.log(Level.WARNING, name + ": a round failed: " + e.getMessage());
                }
                try {
                    Thread.sleep(interval);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** A poller that, once started, calls {@code round} at once and then {@code interval} after each round. */
    public static BackgroundPoller create(String name, Duration interval, Runnable round) {
        return new BackgroundPoller(name, interval, round);
    }

    public BackgroundPoller start() {
        poller.start();
        return this;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Runs {@code task} on its own virtual thread; a failure is logged, never thrown. */
    public void submit(String what, Runnable task) {
        workers.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.log(Level.WARNING, what + " failed: " + e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        closed = true;
        poller.interrupt();
        workers.shutdownNow();
        try {
            poller.join(TimeUnit.SECONDS.toMillis(5));
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
