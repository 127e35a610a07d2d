package dev.inboundscim.adapter.out.mongo;

import com.mongodb.event.ConnectionCheckOutFailedEvent;
import com.mongodb.event.ConnectionCheckOutStartedEvent;
import com.mongodb.event.ConnectionCheckedInEvent;
import com.mongodb.event.ConnectionCheckedOutEvent;
import com.mongodb.event.ConnectionClosedEvent;
import com.mongodb.event.ConnectionCreatedEvent;
import com.mongodb.event.ConnectionPoolListener;
import dev.inboundscim.application.port.out.PoolUsage;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The driver's pool events counted into {@link PoolUsage}: the driver has no gauge of its own to read. Summed over
 * every server of the cluster the client talks to.
 */
final class PoolCounts implements ConnectionPoolListener {

    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger lent = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();

    @Override
    public void connectionCreated(ConnectionCreatedEvent event) {
        open.incrementAndGet();
    }

    @Override
    public void connectionClosed(ConnectionClosedEvent event) {
        open.decrementAndGet();
    }

    @Override
    public void connectionCheckOutStarted(ConnectionCheckOutStartedEvent event) {
        waiting.incrementAndGet();
    }

    @Override
    public void connectionCheckedOut(ConnectionCheckedOutEvent event) {
        waiting.decrementAndGet();
        lent.incrementAndGet();
    }

    @Override
    public void connectionCheckOutFailed(ConnectionCheckOutFailedEvent event) {
        waiting.decrementAndGet();
    }

    @Override
    public void connectionCheckedIn(ConnectionCheckedInEvent event) {
        lent.decrementAndGet();
    }

    PoolUsage usage() {
        int active = Math.max(0, lent.get());
        return new PoolUsage(active, Math.max(0, open.get() - active), Math.max(0, waiting.get()));
    }
}
