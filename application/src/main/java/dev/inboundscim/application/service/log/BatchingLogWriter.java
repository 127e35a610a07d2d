package dev.inboundscim.application.service.log;

import dev.inboundscim.application.port.out.LogRepository;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link LogRepository} for the entries of requests that changed nothing (reads, failures): they are queued and
 * written in batches, one commit per batch, so a GET does not wait for its own WAL flush. Entries of writes do not
 * pass here: they are stored in the write's own transaction. A crash loses at most the entries of one flush
 * interval, and only of requests that changed nothing. Reads flush first, so this process's entries are visible.
 */
public final class BatchingLogWriter implements LogRepository, AutoCloseable {

    private static final Logger LOG = System.getLogger(BatchingLogWriter.class.getName());
    private static final int CAPACITY = 10_000;
    private static final int BATCH = 500;
    private static final long FLUSH_MILLIS = 20;

    private final LogRepository store;
    private final BlockingQueue<LogEntry> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Object flushing = new Object();
    private final Thread writer;
    private volatile boolean closed;

    public BatchingLogWriter(LogRepository store) {
        this.store = store;
        this.writer = Thread.ofVirtual().name("log-writer").start(this::run);
    }

    /** Queues the entry; when the queue is full the caller writes it itself, so nothing is ever dropped. */
    @Override
    public void append(LogEntry entry) {
        if (closed || !queue.offer(entry)) {
            store.append(entry);
        }
    }

    @Override
    public List<LogEntry> list(LogType type, String connectionId, String beforeLogId, int take) {
        flush();
        return store.list(type, connectionId, beforeLogId, take);
    }

    /** Writes everything queued so far. */
    public void flush() {
        synchronized (flushing) {
            List<LogEntry> batch = new ArrayList<>(BATCH);
            while (queue.drainTo(batch, BATCH) > 0) {
                write(batch);
                batch.clear();
            }
        }
    }

    private void run() {
        while (!closed) {
            try {
                LogEntry first = queue.poll(FLUSH_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                synchronized (flushing) {
                    List<LogEntry> batch = new ArrayList<>(BATCH);
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void write(List<LogEntry> batch) {
        try {
            store.appendAll(batch);
        } catch (RuntimeException e) {
            // One bad entry must not lose the others: fall back to one insert each.
            LOG.log(Level.WARNING, "writing a batch of " + batch.size() + " log entries failed; retrying one by one",
                    e);
            for (LogEntry entry : batch) {
                try {
                    store.append(entry);
                } catch (RuntimeException single) {
                    LOG.log(Level.ERROR, "dropping log entry " + entry.logId() + " that the store refuses", single);
                }
            }
        }
    }

    /** Stops the writer and writes what is still queued. */
    @Override
    public void close() {
        closed = true;
        writer.interrupt();
        try {
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
