package dev.inboundscim.application.service;

import dev.inboundscim.domain.error.UnavailableException;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs one round of background work every interval on a virtual thread, with a virtual-thread executor for the
 * round's tasks. Nothing a round or a task throws ends the poller: it is reported and the next round runs. Closing
 * lets the round and the tasks in flight finish their batch (up to a grace period), then interrupts what is left, so
 * work must be safe to redo.
 */
public final class BackgroundPoller implements AutoCloseable {

    /** How long {@link #close()} waits for work in flight before it interrupts it. */
    static final Duration FINISH_GRACE = Duration.ofSeconds(5);

    private final Logger log;
    private final Thread poller;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final Object sleeping = new Object();
    private volatile boolean closed;

    private BackgroundPoller(String name, Duration interval, Runnable round) {
        this.log = System.getLogger(name);
        this.poller = Thread.ofVirtual().name(name).unstarted(() -> {
            while (!closed) {
                try {
                    round.run();
                } catch (Throwable e) {
                    // Whatever one round meets (a poison entry, an outage), the next round runs.
                    report(name + ": a round failed", e);
                }
                synchronized (sleeping) {
                    try {
                        if (!closed) {
                            sleeping.wait(Math.max(1, interval.toMillis()));
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
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

    /** Whether {@link #close()} was called: rounds and tasks check it between batches and stop there. */
    public boolean isClosed() {
        return closed;
    }

    /** Runs {@code task} on its own virtual thread; whatever it throws is reported, never thrown. */
    public void submit(String what, Runnable task) {
        workers.execute(() -> {
            try {
                task.run();
            } catch (Throwable e) {
                report(what + " failed", e);
            }
        });
    }

    /**
     * A store outage is reported once by the store's health check, not by every round that meets it; anything else
     * is reported with its type, and an {@link Error} with its stack trace.
     */
    private void report(String what, Throwable failure) {
        if (failure instanceof UnavailableException) {
            return;
        }
        if (failure instanceof Error) {
            log.log(Level.ERROR, what, failure);
        } else {
            log.log(Level.WARNING, what + ": " + failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
    }

    /** Stops after the current round and tasks (up to {@link #FINISH_GRACE}), then interrupts what still runs. */
    @Override
    public void close() {
        closed = true;
        synchronized (sleeping) {
            sleeping.notifyAll();
        }
        workers.shutdown();
        try {
            long deadline = System.nanoTime() + FINISH_GRACE.toNanos();
            poller.join(FINISH_GRACE);
            if (!workers.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                workers.shutdownNow();
                workers.awaitTermination(1, TimeUnit.SECONDS);
            }
            if (poller.isAlive()) {
                poller.interrupt();
                poller.join(Duration.ofSeconds(1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
