package dev.inboundscim.application.port.out;

import java.time.Duration;

/**
 * The time bounds that fence settings changes across the nodes of one store (docs/scaling.md, "Settings changes are
 * fenced"): a node trusts its memory only while its observations of the store's settings version are recent, and a
 * settings write answers once every other live node acknowledged it, or once {@link #bound} passed since it.
 *
 * <p>{@code bound} (B) is how old a node's last completed observation may be, when it started, for the node to keep
 * answering from memory, and also how far apart its last two observations may have started: a node whose
 * observations stall stops trusting its memory within B. {@code alive} (H) is how recently a node must have written
 * its registry row for a writer to wait for it; {@code alive} must be at least twice {@code bound}, so that a node a
 * writer left out as gone cannot become trusting again without having observed the write.
 */
public record SettingsFence(Duration bound, Duration alive) {

    /** B = 2 s, H = 6 s: well above the 250 ms observation period, so a busy machine does not lose its memory. */
    public static final SettingsFence DEFAULT = new SettingsFence(Duration.ofSeconds(2), Duration.ofSeconds(6));

    public SettingsFence {
        if (bound.isNegative() || bound.isZero()) {
            throw new IllegalArgumentException("The fence's bound must be positive");
        }
        if (alive.compareTo(bound.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("A node must count as alive for at least twice the fence's bound");
        }
    }

    /**
     * Whether a node may answer from memory at {@code nowNanos}, given when (by {@link System#nanoTime}) its last
     * completed observation and the one before it started; {@link Observations#NONE} never trusts.
     */
    public boolean trusts(Observations observations, long nowNanos) {
        if (observations.count() < 2) {
            return false;
        }
        long boundNanos = bound.toNanos();
        return nowNanos - observations.lastStart() < boundNanos
                && observations.lastStart() - observations.previousStart() < boundNanos;
    }

    /**
     * Waits, after a settings write committed at {@code committedNanos}, until {@code lagging} finds no live node
     * that has not acknowledged it, or until {@link #bound} passed since the commit. Returns whether every live node
     * acknowledged it.
     */
    public boolean awaitAcknowledged(long committedNanos, Lagging lagging, Ticker ticker) {
        long deadline = committedNanos + bound.toNanos();
        while (lagging.any()) {
            long left = deadline - ticker.nanoTime();
            if (left <= 0) {
                return false;
            }
            ticker.sleep(Math.min(left, ACK_POLL.toNanos()));
        }
        return true;
    }

    /** How often a waiting writer reads the registry: acknowledgements on PostgreSQL come within milliseconds. */
    private static final Duration ACK_POLL = Duration.ofMillis(5);

    /** The starts of a node's last two completed observations, and how many it completed (up to two). */
    public record Observations(int count, long lastStart, long previousStart) {

        /** No observation completed yet (or since observation was lost). */
        public static final Observations NONE = new Observations(0, 0, 0);

        /** These observations followed by one more, completed, that started at {@code startNanos}. */
        public Observations then(long startNanos) {
            return new Observations(Math.min(count + 1, 2), startNanos, lastStart);
        }
    }

    /** Whether some other node still alive in the registry has not acknowledged the write waited for. */
    @FunctionalInterface
    public interface Lagging {
        boolean any();
    }

    /** The monotonic clock and the sleep of a waiting writer (the system's, except in unit tests). */
    public interface Ticker {

        /** {@link System#nanoTime} and {@link Thread#sleep}. */
        Ticker SYSTEM = new Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) {
                try {
                    Thread.sleep(Duration.ofNanos(nanos));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for nodes to observe a change", e);
                }
            }
        };

        long nanoTime();

        void sleep(long nanos);
    }
}
