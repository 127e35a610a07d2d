package dev.inboundscim.application;

import java.time.Duration;

/**
 * How long log entries are kept (SPEC §7.3, {@code LOG_RETENTION_DAYS}) and how the deleting is paced.
 *
 * @param days      entries older than this many days are deleted; 0 keeps everything
 * @param interval  how often each process looks for entries to delete
 * @param batchSize entries deleted per statement, so no delete holds the table long
 * @param pause     the rest between two batches of one round
 */
public record LogRetentionSettings(int days, Duration interval, int batchSize, Duration pause) {

    public static final LogRetentionSettings DEFAULTS = new LogRetentionSettings(30, Duration.ofHours(1), 1000,
            Duration.ofMillis(100));

    public LogRetentionSettings {
        if (days < 0 || interval.isNegative() || interval.isZero() || batchSize < 1 || pause.isNegative()) {
            throw new IllegalArgumentException("LOG_RETENTION_DAYS must be 0 or more, and the retention interval "
                    + "and batch size positive");
        }
    }

    /** Whether entries are ever deleted. */
    public boolean deletes() {
        return days > 0;
    }
}
