package dev.inboundscim.application.service.store;

import dev.inboundscim.application.port.out.Store;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Whether the store answers, decided by probing it every {@link #PROBE_EVERY} (and at once when a call suspects an
 * outage). While it is down, calls are refused at once instead of each waiting out the timeout, readiness reports
 * DOWN, and the outage is logged once when it begins, every {@link #REPORT_EVERY} while it lasts, and once when it
 * ends: never a stack trace per request.
 */
public final class StoreHealth implements AutoCloseable {

    static final Duration PROBE_EVERY = Duration.ofSeconds(1);
    static final Duration REPORT_EVERY = Duration.ofSeconds(10);
    private static final Logger LOG = System.getLogger(StoreHealth.class.getName());
    private static final int REASON_LENGTH = 200;

    private final Store store;
    private final CallDeadlines deadlines;
    private final Duration timeout;
    private final Semaphore probeNow = new Semaphore(0);
    private final Thread prober;
    private volatile boolean down;
    private volatile boolean closed;
    private long downSince;
    private long lastReport;

    StoreHealth(Store store, CallDeadlines deadlines, Duration timeout) {
        this.store = store;
        this.deadlines = deadlines;
        this.timeout = timeout;
        this.prober = Thread.ofVirtual().name("store-health").start(this::probeUntilClosed);
    }

    /** Whether the last probe failed: the store is taken as unreachable until a probe succeeds. */
    public boolean isDown() {
        return down;
    }

    /** A call found the store unreachable or too slow: probe now rather than at the next tick. */
    void suspect() {
        probeNow.release();
    }

    private void probeUntilClosed() {
        while (!closed) {
            probe();
            try {
                if (probeNow.tryAcquire(PROBE_EVERY.toMillis(), TimeUnit.MILLISECONDS)) {
                    probeNow.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void probe() {
        CallDeadlines.Call call = deadlines.enter(timeout);
        Throwable failure = null;
        try {
            store.ping();
        } catch (Throwable e) {
            failure = e;
        }
        boolean cut = call != null && call.exit();
        if (closed) {
            return;
        }
        if (failure == null && !cut) {
            answered();
        } else {
            unanswered(cut ? "no answer within " + timeout.toMillis() + " ms" : reason(failure));
        }
    }

    private void answered() {
        if (down) {
            down = false;
            LOG.log(Level.INFO, "The store answers again, after " + secondsSince(downSince) + " s without it");
        }
    }

    private void unanswered(String reason) {
        long now = System.nanoTime();
        if (!down) {
            down = true;
            downSince = now;
            lastReport = now;
            // Calls in flight cannot succeed either; long-running ones would otherwise wait for minutes.
            deadlines.cutAll();
            LOG.log(Level.WARNING, "The store stopped answering (" + reason + "); requests that need it are "
                    + "answered 503 until it is back");
        } else if (now - lastReport >= REPORT_EVERY.toNanos()) {
            lastReport = now;
            LOG.log(Level.WARNING, "The store is still not answering after " + secondsSince(downSince) + " s ("
                    + reason + ")");
        }
    }

    private static long secondsSince(long nanos) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - nanos);
    }

    /** The failure's type and first line, short: drivers' messages name hosts and ports, never credentials. */
    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        String reason = root.getClass().getSimpleName() + message;
        return reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) + "…" : reason;
    }

    @Override
    public void close() {
        closed = true;
        prober.interrupt();
    }
}
