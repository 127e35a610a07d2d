package dev.inboundscim.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundPollerTest {

    @Test
    void closingLetsTheBatchInFlightFinishAndStartsNoOther() throws Exception {
        List<String> done = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger rounds = new AtomicInteger();
        BackgroundPoller[] holder = new BackgroundPoller[1];
        holder[0] = BackgroundPoller.create("test-poller", Duration.ofMillis(10), () -> {
            if (rounds.incrementAndGet() == 1) {
                holder[0].submit("batch", () -> {
                    started.countDown();
                    for (int entry = 0; entry < 5; entry++) {
                        sleep(100);
                        done.add("entry " + entry);
                    }
                });
            }
        });
        holder[0].start();
        assertTrue(started.await(5, TimeUnit.SECONDS));
        holder[0].close();
        assertEquals(5, done.size(), "the batch in flight finished: " + done);
        int roundsAtClose = rounds.get();
        Thread.sleep(100);
        assertEquals(roundsAtClose, rounds.get(), "no round after close");
    }

    @Test
    void nothingARoundThrowsEndsThePoller() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        try (BackgroundPoller poller = BackgroundPoller.create("test-poller", Duration.ofMillis(5), () -> {
            int round = rounds.incrementAndGet();
            if (round == 1) {
                throw new IllegalStateException("a bad round");
            }
            if (round == 2) {
                throw new StackOverflowError("a poison entry");
            }
        }).start()) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (rounds.get() < 5) {
                assertTrue(System.nanoTime() < end, "rounds went on after failures: " + rounds.get());
                Thread.sleep(5);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException("interrupted in the middle of its batch", e);
        }
    }
}
