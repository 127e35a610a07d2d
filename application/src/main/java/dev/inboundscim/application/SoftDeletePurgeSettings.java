package dev.inboundscim.application;

import java.time.Duration;

/**
 * How the purge of soft-deleted users past their restore window (SPEC §10) is paced.
 *
 * @param interval  how often each process looks for users to purge
 * @param batchSize users purged per store call, so no purge holds the store long
 * @param pause     the rest between two batches of one round
 */
public record SoftDeletePurgeSettings(Duration interval, int batchSize, Duration pause) {

    public static final SoftDeletePurgeSettings DEFAULTS = new SoftDeletePurgeSettings(Duration.ofHours(1), 500,
            Duration.ofMillis(100));

    public SoftDeletePurgeSettings {
        if (interval.isNegative() || interval.isZero() || batchSize < 1 || pause.isNegative()) {
            throw new IllegalArgumentException("the soft-delete purge interval and batch size must be positive");
        }
    }
}
