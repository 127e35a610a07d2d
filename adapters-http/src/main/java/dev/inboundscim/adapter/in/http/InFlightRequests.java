package dev.inboundscim.adapter.in.http;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the requests being handled, so a shutdown can wait until they are done (SPEC §7.2). */
public final class InFlightRequests implements Filter {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object changed = new Object();

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        inFlight.incrementAndGet();
        try {
            chain.proceed();
        } finally {
            if (inFlight.decrementAndGet() == 0) {
                synchronized (changed) {
                    changed.notifyAll();
                }
            }
        }
    }

    public int count() {
        return inFlight.get();
    }

    /** Waits until no request is in flight or {@code timeout} passed; returns whether none is left. */
    public boolean awaitNone(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (changed) {
            while (inFlight.get() > 0) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(changed, left);
            }
        }
        return true;
    }
}
