package dev.inboundscim.application.service.log;

import dev.inboundscim.application.port.out.LogQuery;
import dev.inboundscim.application.port.out.LogRepository;
import dev.inboundscim.domain.error.UnavailableException;
import dev.inboundscim.domain.log.LogEntry;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The {@link LogWriter} of requests that changed nothing (reads, failures, logins): their entries are queued and
 * written in batches, one commit per batch, so a GET does not wait for its own WAL flush. Entries of writes do not
 * pass here: they are stored in the write's own transaction. A crash loses at most the entries of one flush
 * interval, and only of requests that changed nothing. Reads flush first, so this process's entries are visible.
 *
 * <p>The writer thread survives anything one entry does: a batch the store refuses is written entry by entry and an
 * entry that cannot be stored is dropped with an error line. While the store is unreachable, entries are kept (the
 * batch in hand, then the queue) and written once it answers again.
 */
public final class BatchingLogWriter implements LogWriter, AutoCloseable {

    private static final Logger LOG = System.getLogger(BatchingLogWriter.class.getName());
    private static final int CAPACITY = 10_000;
    private static final int BATCH = 500;
    private static final long FLUSH_MILLIS = 20;
    private static final Duration OUTAGE_PAUSE = Duration.ofMillis(250);

    private final LogRepository store;
    private final LogRouter router;
    private final BlockingQueue<LogEntry> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Object flushing = new Object();
    /** Entries taken from the queue that the store did not take yet (it was unreachable); guarded by flushing. */
    private final List<LogEntry> held = new ArrayList<>();
    private final Thread writer;
    private volatile boolean closed;

    public BatchingLogWriter(LogRepository store, LogRouter router) {
        this.store = store;
        this.router = router;
        this.writer = Thread.ofVirtual().name("log-writer").start(this::run);
    }

    /**
     * Queues the entry; when the queue is full the caller writes it itself, so nothing is dropped while the store
     * answers (while it does not, that write fails like the caller's request).
     */
    @Override
    public void append(LogEntry entry) {
        if (closed || !queue.offer(entry)) {
            store.append(router.route(entry));
        }
    }

    /** The stored entries (this process's queued ones included), as {@link LogRepository#list} answers. */
    public List<LogEntry> list(LogQuery query) {
        flush();
        return store.list(query);
    }

    /** How many entries {@code query} selects, once what this process queued is stored. */
    public long count(LogQuery query) {
        flush();
        return store.count(query);
    }

    /** Writes everything queued so far; throws {@link UnavailableException} (keeping the entries) during an outage. */
    public void flush() {
        synchronized (flushing) {
            writeHeld();
            while (queue.drainTo(held, BATCH) > 0) {
                writeHeld();
            }
        }
    }

    /**
     * Takes entries from the queue only while holding {@code flushing}: an entry taken outside it would be in no
     * one's hands but this thread's for a moment, so a read that flushes first could miss it, and it could reach the
     * store after entries queued later.
     */
    private void run() {
        while (!closed) {
            try {
                boolean idle;
                synchronized (flushing) {
                    idle = queue.isEmpty() && held.isEmpty();
                    if (!idle) {
                        queue.drainTo(held, Math.max(0, BATCH - held.size()));
                        writeHeld();
                    }
                }
                if (idle) {
                    Thread.sleep(FLUSH_MILLIS);
                }
            } catch (UnavailableException e) {
                pause();
            } catch (InterruptedException e) {
                if (closed) {
                    return;
                }
            } catch (Throwable e) {
                // Nothing may end this thread: entries queued after a failure would wait in memory forever.
                LOG.log(Level.ERROR, "the log writer's round failed; it goes on with the next entries", e);
            }
        }
    }

    /** Stores the held entries, or keeps them all and throws {@link UnavailableException} during an outage. */
    private void writeHeld() {
        if (held.isEmpty()) {
            return;
        }
        try {
            // One routing for the whole batch: the streams are read once, if at all.
            store.append(router.route(held));
        } catch (UnavailableException e) {
            throw e;
        } catch (Throwable e) {
            // One bad entry must not lose the others: fall back to one insert each. A StackOverflowError or an
            // error of the store's codec is such an entry's doing as much as a refusal by the store.
            LOG.log(Level.WARNING, "writing a batch of " + held.size() + " log entries failed ("
                    + e.getClass().getSimpleName() + "); retrying one by one");
            writeOneByOne();
        }
        held.clear();
    }

    private void writeOneByOne() {
        while (!held.isEmpty()) {
            LogEntry entry = held.getFirst();
            try {
                store.append(router.route(entry));
            } catch (UnavailableException e) {
                throw e;
            } catch (Throwable single) {
                LOG.log(Level.ERROR, "dropping log entry " + entry.logId() + " (" + entry.type().code()
                        + ") that cannot be stored: " + single.getClass().getSimpleName());
            }
            held.removeFirst();
        }
    }

    private void pause() {
        try {
            Thread.sleep(OUTAGE_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the writer and writes what is still queued; entries the store cannot take now are reported lost. */
    @Override
    public void close() {
        closed = true;
        writer.interrupt();
        try {
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            flush();
        } catch (UnavailableException e) {
            LOG.log(Level.WARNING, (held.size() + queue.size()) + " log entries of requests that changed nothing "
                    + "are lost: the store did not answer at shutdown");
        }
    }
}
