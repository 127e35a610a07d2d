package dev.inboundscim.application.service.eventstream;

import dev.inboundscim.application.EventStreamSettings;
import dev.inboundscim.application.LogStreamSettings;
import dev.inboundscim.application.port.out.DeliveryException;
import dev.inboundscim.application.port.out.EventSink;
import dev.inboundscim.application.port.out.EventStreamRepository;
import dev.inboundscim.application.service.BackgroundPoller;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.event.DeliveryAttempt.Outcome;
import dev.inboundscim.domain.event.DeliveryAttempt;
import dev.inboundscim.domain.event.EventDelivery;
import dev.inboundscim.domain.event.EventDestination;
import dev.inboundscim.domain.event.EventStream;
import dev.inboundscim.domain.event.EventStreamId;
import dev.inboundscim.domain.event.EventStreamStatus;
import dev.inboundscim.domain.id.RandomIds;
import dev.inboundscim.domain.log.LogEntry;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Pushes each webhook event stream's outbox, in the background of one server process, exactly as
 * {@code LogStreamDelivery} delivers log streams: one process at a time per stream (a lease in the store), the
 * oldest events first, one POST per event (or per batch, for a webhook in CloudEvents' batched content mode), each
 * event forgotten only after the receiver's verdict. An accepted
 * event and one the receiver refused for good (RFC 8935 §2.3) are acknowledged; any other failure leaves the event
 * and everything after it for a later attempt after a jittered backoff, and enough of them in a row suspend the
 * stream. So delivery is at least once and in order, across crashes and processes.
 */
public final class EventStreamDelivery implements AutoCloseable {

    private static final Logger LOG = System.getLogger(EventStreamDelivery.class.getName());
    private static final int SUSPEND_ATTEMPTS = 5;

    private final EventStreamRepository streams;
    private final EventSink sink;
    private final EventEncoder encoder;
    private final Clock clock;
    private final LogStreamSettings settings;
    private final EventStreamSettings eventSettings;
    private final String owner = RandomIds.alphanumeric("proc_", 16);
    private final Set<EventStreamId> delivering = ConcurrentHashMap.newKeySet();
    private final BackgroundPoller poller;
    /** Platform threads for the POSTs of the streams sent one event per request ({@link #sendOneByOne}). */
    private final ExecutorService senders = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("event-stream-sender-", 1).daemon().factory());

    private EventStreamDelivery(EventStreamRepository streams, EventSink sink, EventEncoder encoder, Clock clock,
                                LogStreamSettings settings, EventStreamSettings eventSettings) {
        this.streams = streams;
        this.sink = sink;
        this.encoder = encoder;
        this.clock = clock;
        this.settings = settings;
        this.eventSettings = eventSettings;
        this.poller = BackgroundPoller.create("event-stream-delivery", settings.pollInterval(), this::pollOnce);
    }

    public static EventStreamDelivery start(EventStreamRepository streams, EventSink sink, EventEncoder encoder,
                                            Clock clock, LogStreamSettings settings,
                                            EventStreamSettings eventSettings) {
        EventStreamDelivery delivery = new EventStreamDelivery(streams, sink, encoder, clock, settings, eventSettings);
        delivery.poller.start();
        return delivery;
    }

    private void pollOnce() {
        Instant now = clock.instant();
        for (EventStream stream : streams.list()) {
            if (!poller.isClosed() && deliverable(stream, now) && delivering.add(stream.id())) {
                poller.submit("delivering event stream " + stream.id(), () -> {
                    try {
                        deliver(stream.id());
                    } finally {
                        delivering.remove(stream.id());
                    }
                });
            }
        }
    }

    private static boolean deliverable(EventStream stream, Instant now) {
        return stream != null && stream.status() == EventStreamStatus.ACTIVE && stream.pushed()
                && stream.delivery().isDue(now);
    }

    /** Sends batches while this process holds the lease, events wait and the receiver takes them. */
    private void deliver(EventStreamId id) {
        Instant claimed = clock.instant();
        if (!streams.claim(id, owner, claimed, settings.lease())) {
            return;
        }
        try {
            while (!poller.isClosed()) {
                EventStream stream = streams.findById(id).orElse(null);
                if (!deliverable(stream, clock.instant())) {
                    return;
                }
                List<LogEntry> batch = streams.pending(id, settings.batchSize());
                if (batch.isEmpty() || !sendBatch(stream, batch, settings.lastRequestStart(claimed))) {
                    return;
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
     * Pushes {@code batch} in order; false when it stopped (a failure or shutdown) before the end. Sent one event per
     * request, no event after the first starts past {@code lastStart}: what is left goes in the next batch, after the
     * lease is renewed.
     */
    private boolean sendBatch(EventStream stream, List<LogEntry> batch, Instant lastStart) {
        EventDestination.Webhook webhook = (EventDestination.Webhook) stream.destination();
        EventEncoder.Batch encoding = encoder.batch(stream);
        return webhook.batch() ? sendAsOne(stream, webhook, encoding, batch)
                : sendOneByOne(stream, webhook, encoding, batch, lastStart);
    }

    /**
     * Pushes {@code batch} one event per POST on a platform thread, then records the outcome on this one. The POSTs
     * are most of a stream's delivery: on a virtual thread, each one's wait for its answer is a park, a registration
     * with the I/O poller and an unpark, about 40 µs more CPU per POST than a platform thread's blocking read
     * (docs/benchmarks.md), taken from the writes on the same cores; handing the whole batch over costs one such wait.
     * The store calls stay on the delivery's virtual thread, where a call past its deadline is cut.
     */
    private boolean sendOneByOne(EventStream stream, EventDestination.Webhook webhook, EventEncoder.Batch encoding,
                                 List<LogEntry> batch, Instant lastStart) {
        Future<Pushed> sending;
        try {
            sending = senders.submit(() -> pushOneByOne(webhook, encoding, batch, lastStart));
        } catch (RejectedExecutionException e) {
            return false;
        }
        Pushed pushed;
        try {
            pushed = sending.get();
        } catch (InterruptedException e) {
            // Stopping: the POST in flight is interrupted too (its socket closes), and nothing is acknowledged.
            sending.cancel(true);
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            // pushOneByOne turns what an event's sending throws into a failure: only an Error gets here.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("pushing a batch failed", e.getCause());
        }
        if (pushed == null) {
            return false;
        }
        finish(stream, pushed.done(), pushed.attempts(), pushed.failure());
        return pushed.failure() == null;
    }

    /** What pushing a batch one event at a time came to: the events done, the attempts to record, the failure. */
    private record Pushed(List<String> done, List<DeliveryAttempt> attempts, String failure) {
    }

    /**
     * The pushes of {@link #sendOneByOne}, in order, up to the first failure or the first event due to start past
     * {@code lastStart} ({@link LogStreamSettings#lastRequestStart}); null when interrupted.
     */
    private Pushed pushOneByOne(EventDestination.Webhook webhook, EventEncoder.Batch encoding, List<LogEntry> batch,
                                Instant lastStart) {
        List<String> done = new ArrayList<>();
        List<DeliveryAttempt> attempts = new ArrayList<>();
        String failure = null;
        for (LogEntry entry : batch) {
            if (!done.isEmpty() && clock.instant().isAfter(lastStart)) {
                break;
            }
            Optional<EventEncoder.Encoded> encoded = Optional.empty();
            try {
                encoded = encoding.encode(entry);
                if (encoded.isPresent()) {
                    attempts.add(attempt(List.of(encoded.get()), sink.push(webhook, encoded.get().payload())));
                }
                done.add(entry.logId());
            } catch (DeliveryException e) {
                failure = e.getMessage();
            } catch (InterruptedException e) {
                // Stopping mid-batch: what was not acknowledged goes again, from whichever process delivers next.
                return null;
            } catch (RuntimeException | StackOverflowError e) {
                // An event that cannot be sent is a failed attempt like any other: backoff, then suspension.
                failure = unsendable(e);
            }
            if (failure != null) {
                encoded.ifPresent(e -> attempts.add(failedAttempt(List.of(e))));
                break;
            }
        }
        return new Pushed(done, attempts, failure);
    }

    /**
     * The batch's events in one request (CloudEvents' batched content mode): all accepted or none. An entry that
     * cannot be encoded ends the request before it, as it ends a batch sent one event at a time.
     */
    private boolean sendAsOne(EventStream stream, EventDestination.Webhook webhook, EventEncoder.Batch encoding,
                              List<LogEntry> batch) {
        List<String> covered = new ArrayList<>();
        List<EventEncoder.Encoded> events = new ArrayList<>();
        String failure = null;
        for (LogEntry entry : batch) {
            try {
                encoding.encode(entry).ifPresent(events::add);
                covered.add(entry.logId());
            } catch (RuntimeException | StackOverflowError e) {
                failure = unsendable(e);
                break;
            }
        }
        List<String> done = covered;
        List<DeliveryAttempt> attempts = new ArrayList<>();
        if (!events.isEmpty()) {
            try {
                attempts.add(attempt(events, sink.push(webhook, EventEncoder.asBatch(events))));
            } catch (DeliveryException e) {
                failure = e.getMessage();
                done = List.of();
                attempts.add(failedAttempt(events));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        finish(stream, done, attempts, failure);
        return failure == null;
    }

    private static String unsendable(Throwable e) {
        return "the event could not be sent (" + e.getClass().getSimpleName() + ")";
    }

    private void finish(EventStream stream, List<String> done, List<DeliveryAttempt> attempts, String failure) {
        // Even if the lease ran out during a push (another process may have sent it too), it was delivered.
        streams.acknowledge(stream.id(), done);
        List<DeliveryAttempt> recorded = DeliveryAttempt.joinRuns(failure == null || attempts.isEmpty() ? attempts
                : withDetail(attempts, failure));
        if (!recorded.isEmpty()) {
            streams.recordAttempts(stream.id(), recorded, eventSettings.keepAttempts());
        }
        if (failure != null) {
            failed(stream, failure);
        } else if (stream.delivery().failures() > 0) {
            streams.recordDelivery(stream.id(), EventDelivery.HEALTHY);
        }
    }

    private static List<DeliveryAttempt> withDetail(List<DeliveryAttempt> attempts, String failure) {
        List<DeliveryAttempt> all = new ArrayList<>(attempts);
        DeliveryAttempt last = all.removeLast();
        all.add(last.outcome() == Outcome.FAILED ? new DeliveryAttempt(last.eventId(), last.at(), Outcome.FAILED,
                null, failure, last.events(), last.lastEventId()) : last);
        return all;
    }

    /** The receiver's verdict on {@code events}, sent in one request, as one record. */
    private DeliveryAttempt attempt(List<EventEncoder.Encoded> events, EventSink.Verdict verdict) {
        return switch (verdict) {
            case EventSink.Accepted accepted -> record(events, Outcome.DELIVERED, accepted.status(), null);
            case EventSink.Rejected rejected -> record(events, Outcome.REJECTED, rejected.status(), rejected.err()
                    + (rejected.description() == null ? "" : ": " + rejected.description()));
        };
    }

    private DeliveryAttempt failedAttempt(List<EventEncoder.Encoded> events) {
        return record(events, Outcome.FAILED, null, null);
    }

    private DeliveryAttempt record(List<EventEncoder.Encoded> events, Outcome outcome, Integer status,
                                   String detail) {
        return new DeliveryAttempt(events.getFirst().event().id(), clock.instant(), outcome, status, detail,
                events.size(), events.size() == 1 ? null : events.getLast().event().id());
    }

    private void failed(EventStream stream, String reason) {
        int failures = stream.delivery().failures() + 1;
        Instant next = clock.instant()
                .plus(settings.backoff().delay(failures, ThreadLocalRandom.current()::nextDouble));
        streams.recordDelivery(stream.id(), new EventDelivery(failures, next, reason));
        LOG.log(Level.WARNING, "event stream " + stream.id() + ": delivery attempt " + failures + " failed: " + reason);
        if (failures >= settings.suspendAfterFailures()) {
            suspend(stream.id());
        }
    }

    private void suspend(EventStreamId id) {
        for (int attempt = 1; attempt <= SUSPEND_ATTEMPTS; attempt++) {
            EventStream current = streams.findById(id).orElse(null);
            if (current == null || current.status() != EventStreamStatus.ACTIVE) {
                return;
            }
            try {
                streams.update(current.withSettings(current.name(), current.destination(), current.subscriptions(),
                        current.audience(), EventStreamStatus.SUSPENDED, clock.instant()));
                LOG.log(Level.WARNING, "event stream " + id + " is suspended after " + current.delivery().failures()
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
        senders.shutdownNow();
    }
}
