package dev.inboundscim.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.LogQuery;
import dev.inboundscim.application.service.log.BatchingLogWriter;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogIds;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import dev.inboundscim.domain.scim.value.ScimObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class BatchingLogWriterTest {

    private static final LogIds LOG_IDS = new LogIds();

    /** Counts batches, so the test can see that entries were grouped. */
    private static final class CountingLogs extends InMemoryPorts.Logs {
        final List<Integer> batches = new ArrayList<>();

        @Override
        public synchronized void append(List<RoutedLogEntry> entries) {
            batches.add(entries.size());
            super.append(entries);
        }
    }

    private static LogEntry entry(int i) {
        Instant now = Instant.now();
        return new LogEntry(LOG_IDS.next(now) + i, LogType.SSCIM, now, "con", "d" + i, null, null, null,
                ScimObject.EMPTY);
    }

    @Test
    void everyEntryReachesTheStoreInBatchesAndReadsSeeThemAtOnce() throws Exception {
        CountingLogs store = new CountingLogs();
        try (BatchingLogWriter writer = new BatchingLogWriter(store, InMemoryPorts.router())) {
            try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
                for (int t = 0; t < 8; t++) {
                    int thread = t;
                    pool.submit(() -> {
                        for (int i = 0; i < 250; i++) {
                            writer.append(entry(thread * 1000 + i));
                        }
                    });
                }
            }
            assertEquals(100, writer.list(LogQuery.newest(null, null, null, 100)).size(), "a read flushes first");
            assertEquals(2000, store.entries.size(), "nothing is lost");
        }
        assertTrue(store.batches.stream().anyMatch(size -> size > 1), "entries were grouped: " + store.batches);
    }

    @Test
    void closingWritesWhatIsStillQueued() {
        CountingLogs store = new CountingLogs();
        BatchingLogWriter writer = new BatchingLogWriter(store, InMemoryPorts.router());
        for (int i = 0; i < 50; i++) {
            writer.append(entry(i));
        }
        writer.close();
        assertEquals(50, store.entries.size());
        writer.append(entry(99));
        assertEquals(51, store.entries.size(), "after close, entries are written directly");
    }
}
