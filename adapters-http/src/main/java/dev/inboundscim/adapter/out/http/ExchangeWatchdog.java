package dev.inboundscim.adapter.out.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Closes the connections of exchanges past their deadline, so a receiver that stops reading cannot hold a write
 * (which has no timeout of its own) forever. One daemon thread looks every {@link #SWEEP} at the exchanges in
 * flight; registering one and removing it only touch a map, because waking a timer thread on every POST (a
 * scheduled executor does, for a new earliest deadline) cost about 12 µs of CPU per delivery.
 */
final class ExchangeWatchdog {

    static final Duration SWEEP = Duration.ofMillis(100);

    private final Map<Http1Connection, Long> deadlines = new ConcurrentHashMap<>();

    ExchangeWatchdog(String name) {
        Thread.ofPlatform().name(name).daemon().start(this::watch);
    }

    /** Watches {@code connection} until {@link #done}: past {@code deadline} ({@link System#nanoTime()}), it closes. */
    void watch(Http1Connection connection, long deadline) {
        deadlines.put(connection, deadline);
    }

    void done(Http1Connection connection) {
        deadlines.remove(connection);
    }

    private void watch() {
        while (true) {
            try {
                Thread.sleep(SWEEP);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            deadlines.forEach((connection, deadline) -> {
                if (now - deadline >= 0 && deadlines.remove(connection, deadline)) {
                    try {
                        connection.close();
                    } catch (RuntimeException e) {
                        // One socket that fails to close must not end the watch over every other exchange.
                    }
                }
            });
        }
    }
}
