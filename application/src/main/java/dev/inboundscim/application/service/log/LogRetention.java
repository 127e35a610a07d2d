package dev.inboundscim.application.service.log;

import dev.inboundscim.application.LogRetentionSettings;
import dev.inboundscim.application.port.out.LogRepository;
import dev.inboundscim.application.service.BackgroundPoller;
import dev.inboundscim.application.service.BatchedDeletion;
import dev.inboundscim.domain.log.LogIds;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Clock;
import java.time.Duration;

/**
 * Deletes log entries older than the retention period (SPEC §7.3), in the background of each server process: every
 * interval, batch after batch with a rest in between, until a batch comes back short. An entry a log stream still
 * has to deliver, or whose ending of sessions is still queued, is kept until that is done; the store decides by its
 * outbox, so processes running this at once only share the work.
 */
public final class LogRetention implements AutoCloseable {

    private static final Logger LOG = System.getLogger(LogRetention.class.getName());

    private final LogRepository logs;
    private final Clock clock;
    private final LogRetentionSettings settings;
    private final BackgroundPoller poller;

    public LogRetention(LogRepository logs, Clock clock, LogRetentionSettings settings) {
        this.logs = logs;
        this.clock = clock;
        this.settings = settings;
        this.poller = BackgroundPoller.create("log-retention", settings.interval(), this::deleteExpired);
    }

    /** Starts deleting now and every interval; with a retention of 0 days, nothing ever runs. */
    public LogRetention start() {
        if (settings.deletes()) {
            poller.start();
        }
        return this;
    }

    /** One round: deletes every entry past the retention period that nothing still needs; returns how many. */
    public long deleteExpired() {
        if (!settings.deletes()) {
            return 0;
        }
        String bound = LogIds.boundAt(clock.instant().minus(Duration.ofDays(settings.days())));
        long total = BatchedDeletion.run(() -> logs.deleteOldest(bound, settings.batchSize()), settings.batchSize(),
                settings.pause(), poller::isClosed);
        if (total > 0) {
            LOG.log(Level.INFO, "Log retention deleted " + total + " entries older than " + settings.days()
                    + " days");
        }
        return total;
    }

    @Override
    public void close() {
        poller.close();
    }
}
