package dev.inboundscim.adapter.out.http;

import java.time.Duration;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Idle connections per {@link Origin}, most recently used first: a few per origin, none kept longer than
 * {@code maxIdle} (receivers close idle connections on timeouts of their own, often a few seconds; a connection
 * closed under a request is retried on a fresh one by {@link HttpPoster}).
 */
final class ConnectionPool {

    private static final int MAX_IDLE_PER_ORIGIN = 8;

    private final long maxIdle;
    private final Map<Origin, Deque<Http1Connection>> idle = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());

    ConnectionPool(Duration maxIdle) {
        this.maxIdle = maxIdle.toNanos();
    }

    /** An idle connection to {@code origin}, or null when none is fresh enough. */
    Http1Connection take(Origin origin) {
        Deque<Http1Connection> connections = idle.get(origin);
        if (connections == null) {
            return null;
        }
        long now = System.nanoTime();
        for (Http1Connection connection; (connection = connections.pollFirst()) != null; ) {
            if (now - connection.idleSince() < maxIdle && !connection.closed()) {
                return connection;
            }
            connection.close();
        }
        return null;
    }

    /** {@code connection}, its last answer read whole, kept for the next request to its origin. */
    void give(Http1Connection connection) {
        long now = System.nanoTime();
        connection.idleSince(now);
        Deque<Http1Connection> connections = idle.computeIfAbsent(connection.origin(),
                origin -> new ConcurrentLinkedDeque<>());
        connections.offerFirst(connection);
        while (connections.size() > MAX_IDLE_PER_ORIGIN) {
            Http1Connection oldest = connections.pollLast();
            if (oldest != null) {
                oldest.close();
            }
        }
        sweep(now);
    }

    /** Closes what stayed idle too long at every origin, at most once per {@code maxIdle}: origins come and go. */
    private void sweep(long now) {
        long last = lastSweep.get();
        if (now - last < maxIdle || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        for (Deque<Http1Connection> connections : idle.values()) {
            connections.removeIf(connection -> {
                boolean stale = now - connection.idleSince() >= maxIdle;
                if (stale) {
                    connection.close();
                }
                return stale;
            });
        }
    }
}
