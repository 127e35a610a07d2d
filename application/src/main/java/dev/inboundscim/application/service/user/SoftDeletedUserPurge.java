package dev.inboundscim.application.service.user;

import dev.inboundscim.application.SoftDeletePurgeSettings;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.BackgroundPoller;
import dev.inboundscim.application.service.BatchedDeletion;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Clock;

/**
 * Deletes for good the soft-deleted users whose restore window has passed (SPEC §10), in the background of each
 * server process: every interval, batch after batch with a rest in between, until a batch comes back short. The
 * soft delete already did what a hard delete does (groups and organizations left, sessions ended), so what is left
 * is the kept copy; the store deletes each one once, so processes running this at once only share the work.
 */
public final class SoftDeletedUserPurge implements AutoCloseable {

    private static final Logger LOG = System.getLogger(SoftDeletedUserPurge.class.getName());

    private final UserRepository users;
    private final Clock clock;
    private final SoftDeletePurgeSettings settings;
    private final BackgroundPoller poller;

    public SoftDeletedUserPurge(UserRepository users, Clock clock, SoftDeletePurgeSettings settings) {
        this.users = users;
        this.clock = clock;
        this.settings = settings;
        this.poller = BackgroundPoller.create("soft-delete-purge", settings.interval(), this::purgeExpired);
    }

    /** Starts purging now and every interval. */
    public SoftDeletedUserPurge start() {
        poller.start();
        return this;
    }

    /** One round: purges every soft-deleted user whose window has closed by now; returns how many. */
    public long purgeExpired() {
        long total = BatchedDeletion.run(() -> users.purgeSoftDeleted(clock.instant(), settings.batchSize()),
                settings.batchSize(), settings.pause(), poller::isClosed);
        if (total > 0) {
            LOG.log(Level.INFO, "Purged " + total + " soft-deleted users whose restore window had passed");
        }
        return total;
    }

    @Override
    public void close() {
        poller.close();
    }
}
