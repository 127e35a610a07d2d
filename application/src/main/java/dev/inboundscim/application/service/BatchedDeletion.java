package dev.inboundscim.application.service;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * One round of a background deletion in bounded batches (log retention, the soft-deletion purge): batches run while
 * each comes back full, with a rest between them so the store serves requests meanwhile, until the process stops.
 * Any number of processes may run the same round at once; each batch deletes what it finds.
 */
public final class BatchedDeletion {

    private BatchedDeletion() {
    }

    /** Runs {@code batch} (which deletes at most {@code batchSize} and says how many) until done; the total. */
    public static long run(IntSupplier batch, int batchSize, Duration pause, BooleanSupplier stopping) {
        long total = 0;
        int deleted;
        do {
            deleted = batch.getAsInt();
            total += deleted;
        } while (deleted == batchSize && !stopping.getAsBoolean() && rested(pause));
        return total;
    }

    /** The rest between two batches; false when interrupted (the process is stopping). */
    private static boolean rested(Duration pause) {
        try {
            Thread.sleep(pause);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
