package dev.inboundscim.application.service.logstream;

import dev.inboundscim.application.LogStreamSettings;
import dev.inboundscim.application.port.out.DeliveryException;
import dev.inboundscim.application.port.out.LogSink;
import dev.inboundscim.application.port.out.LogStreamRepository;
import dev.inboundscim.application.service.BackgroundPoller;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.id.RandomIds;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.logstream.ContentFormat;
import dev.inboundscim.domain.logstream.DeliveryState;
import dev.inboundscim.domain.logstream.LogStream;
import dev.inboundscim.domain.logstream.LogStreamId;
import dev.inboundscim.domain.logstream.LogStreamStatus;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delivers each log stream's outbox to its sink, in the background of one server process.
 *
 * <p>Every poll interval the process looks for active streams whose next attempt is due and delivers each on its
 * own virtual thread, holding the stream's lease: with several processes on one store, one of them delivers a
 * stream at a time, so batches go out in order. A batch is acknowledged (removed from the outbox) only after the
 * sink answered 2xx; a crash or a failure in between leaves it to be sent again: at least once, never skipped, never
 * reordered. Failures wait out a growing, jittered backoff; after {@link LogStreamSettings#suspendAfterFailures}
 * consecutive ones the stream turns suspended. Nothing here runs on a request thread.
 */
public final class LogStreamDelivery implements AutoCloseable {

    private static final Logger LOG = System.getLogger(LogStreamDelivery.class.getName());
    private static final int SUSPEND_ATTEMPTS = 5;

    private final LogStreamRepository streams;
    private final LogSink sink;
    private final Clock clock;
    private final LogStreamSettings settings;
    private final String owner = RandomIds.alphanumeric("proc_", 16);
    private final Set<LogStreamId> delivering = ConcurrentHashMap.newKeySet();
    private final BackgroundPoller poller;

    private LogStreamDelivery(LogStreamRepository streams, LogSink sink, Clock clock, LogStreamSettings settings) {
        this.streams = streams;
        this.sink = sink;
        this.clock = clock;
        this.settings = settings;
        this.poller = BackgroundPoller.create("log-stream-delivery", settings.pollInterval(), this::pollOnce);
    }

    public static LogStreamDelivery start(LogStreamRepository streams, LogSink sink, Clock clock,
                                          LogStreamSettings settings) {
        LogStreamDelivery delivery = new LogStreamDelivery(streams, sink, clock, settings);
        delivery.poller.start();
        return delivery;
    }

    private void pollOnce() {
        Instant now = clock.instant();
        for (LogStream stream : streams.list()) {
            if (!poller.isClosed() && stream.status() == LogStreamStatus.ACTIVE && stream.delivery().isDue(now)
                    && delivering.add(stream.id())) {
                poller.submit("delivering log stream " + stream.id(), () -> {
                    try {
                        deliver(stream.id());
                    } finally {
                        delivering.remove(stream.id());
                    }
                });
            }
        }
    }

    /** Sends batches while this process holds the lease, entries wait and the sink accepts them. */
    private void deliver(LogStreamId id) {
        Instant claimed = clock.instant();
        if (!streams.claim(id, owner, claimed, settings.lease())) {
            return;
        }
        try {
            while (!poller.isClosed()) {
                LogStream stream = streams.findById(id).orElse(null);
                if (stream == null || stream.status() != LogStreamStatus.ACTIVE
                        || !stream.delivery().isDue(clock.instant())) {
                    return;
                }
                List<LogEntry> batch = streams.pending(id, settings.batchSize());
                if (batch.isEmpty()) {
                    return;
                }
                List<LogEntry> sent;
                try {
                    sent = send(stream, batch, settings.lastRequestStart(claimed));
                } catch (DeliveryException e) {
                    failed(stream, e.getMessage());
                    return;
                } catch (InterruptedException e) {
                    // Stopping mid-batch: the batch stays in the outbox for whichever process delivers next.
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException | StackOverflowError e) {
                    // A sink that breaks on a batch is a failed attempt like any other: backoff, then suspension,
                    // never a stream held on its lease with nobody delivering it.
                    failed(stream, "the batch could not be sent (" + e.getClass().getSimpleName() + ")");
                    return;
                }
                // Even if the lease ran out during the send (another process may have sent the batch too), the
                // batch was delivered, and removing it is right.
                streams.acknowledge(id, sent.stream().map(LogEntry::logId).toList());
                if (stream.delivery().failures() > 0) {
                    streams.recordDelivery(id, DeliveryState.HEALTHY);
                }
                claimed = clock.instant();
                if (!streams.claim(id, owner, claimed, settings.lease())) {
                    return;
                }
            }
        } finally {
            boolean interrupted = Thread.interrupted();
            try {
                streams.release(id, owner);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * Sends {@code batch} in the sink's format and answers what the sink took. {@code JSONOBJECT} is a request per
     * entry: none after the first starts past {@code lastStart} ({@link LogStreamSettings#lastRequestStart}), and the
     * rest wait for the next batch, after the lease is renewed.
     */
    private List<LogEntry> send(LogStream stream, List<LogEntry> batch, Instant lastStart)
            throws DeliveryException, InterruptedException {
        if (stream.sink().format() != ContentFormat.JSONOBJECT) {
            sink.send(stream.sink(), batch);
            return batch;
        }
        int sent = 0;
        while (sent < batch.size() && (sent == 0 || !clock.instant().isAfter(lastStart))) {
            sink.send(stream.sink(), List.of(batch.get(sent)));
            sent++;
        }
        return batch.subList(0, sent);
    }

    private void failed(LogStream stream, String reason) {
        int failures = stream.delivery().failures() + 1;
        Instant next = clock.instant().plus(settings.backoff().delay(failures, ThreadLocalRandom.current()::nextDouble));
        streams.recordDelivery(stream.id(), new DeliveryState(failures, next, reason));
        LOG.log(Level.WARNING, "log stream " + stream.id() + " (" + stream.sink().endpoint().getHost()
                + "): delivery attempt " + failures + " failed: " + reason);
        if (failures >= settings.suspendAfterFailures()) {
            suspend(stream.id());
        }
    }

    private void suspend(LogStreamId id) {
        for (int attempt = 1; attempt <= SUSPEND_ATTEMPTS; attempt++) {
            LogStream current = streams.findById(id).orElse(null);
            if (current == null || current.status() != LogStreamStatus.ACTIVE) {
                return;
            }
            try {
                streams.update(current.withSettings(current.name(), LogStreamStatus.SUSPENDED, current.sink(),
                        current.categories(), clock.instant()));
                LOG.log(Level.WARNING, "log stream " + id + " is suspended after " + current.delivery().failures()
                        + " failed attempts; set its status to active to resume");
                return;
            } catch (PreconditionFailedException e) {
                // Changed in between (by a request or another process): decide again on a fresh read.
            }
        }
    }

    /** Stops polling and interrupts deliveries in flight; what they had not acknowledged stays in the outbox. */
    @Override
    public void close() {
        poller.close();
    }
}
