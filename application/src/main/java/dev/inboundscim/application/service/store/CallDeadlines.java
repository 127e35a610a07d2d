package dev.inboundscim.application.service.store;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cuts store calls that outlive their deadline by interrupting the thread that makes them. Request and background
 * threads are virtual threads, and a virtual thread interrupted while it waits on a socket (a JDBC or MongoDB read, a
 * pool checkout) gets the socket closed and an exception at once: this is what bounds a call to a database that
 * stopped answering (frozen, unplugged, half-dead) however the driver's own timeouts are set.
 *
 * <p>A call registers on entry and leaves on exit; one watchdog thread looks every {@link #TICK} for calls past their
 * deadline. The interrupt is handed over so that it never outlives the call: a call that leaves while it is being
 * interrupted waits for the interrupt and clears it, so the thread's later work (writing the response) is unaffected.
 */
final class CallDeadlines implements AutoCloseable {

    static final Duration TICK = Duration.ofMillis(20);

    private static final int RUNNING = 0;
    private static final int FIRING = 1;
    private static final int FIRED = 2;
    private static final int DONE = 3;

    private final Set<Call> calls = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Call> current = new ThreadLocal<>();
    private final Thread watchdog;
    private volatile boolean closed;

    CallDeadlines() {
        this.watchdog = Thread.ofPlatform().daemon().name("store-call-deadlines").start(this::watch);
    }

    /**
     * Registers a call of the current thread that must end within {@code timeout}; null when the thread is already
     * inside a registered call, whose deadline then covers this one too.
     */
    Call enter(Duration timeout) {
        if (current.get() != null) {
            return null;
        }
        Call call = new Call(Thread.currentThread(), System.nanoTime() + timeout.toNanos());
        current.set(call);
        calls.add(call);
        return call;
    }

    /** Interrupts every registered call now: the store is known to be down, so none of them can succeed. */
    void cutAll() {
        calls.forEach(Call::cut);
    }

    private void watch() {
        while (!closed) {
            try {
                Thread.sleep(TICK);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Call call : calls) {
                if (now - call.deadline > 0) {
                    call.cut();
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        watchdog.interrupt();
    }

    /** One registered call. */
    final class Call {
        private final Thread thread;
        private final long deadline;
        private final AtomicInteger state = new AtomicInteger(RUNNING);

        private Call(Thread thread, long deadline) {
            this.thread = thread;
            this.deadline = deadline;
        }

        private void cut() {
            if (state.compareAndSet(RUNNING, FIRING)) {
                thread.interrupt();
                state.set(FIRED);
            }
        }

        /** Leaves the call; returns whether it was cut, in which case the thread's interrupt is cleared. */
        boolean exit() {
            current.remove();
            calls.remove(this);
            if (state.compareAndSet(RUNNING, DONE)) {
                return false;
            }
            while (state.get() == FIRING) {
                Thread.onSpinWait();
            }
            Thread.interrupted();
            return true;
        }
    }
}
