package dev.inboundscim.adapter.in.http;

import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1ConnectionListener;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cuts connections whose request headers do not arrive in time (slowloris): once a request line has been read, its
 * headers must follow within the head timeout, or the connection's thread is interrupted, which closes its socket.
 * Helidon serves each connection on a virtual thread blocked in a socket read while it waits for data, so the
 * interrupt ends exactly that wait; it never reaches a request being handled, because the deadline ends when the
 * headers are complete. A request line sent slowly, and an idle connection, are Helidon's idle timeout's to cut
 * (it cannot tell the two apart, and neither can this listener: Helidon reports no event before the request line).
 */
public final class RequestHeadDeadline implements Http1ConnectionListener, AutoCloseable {

    private final long timeoutNanos;
    private final Map<Thread, Long> deadlines = new ConcurrentHashMap<>();
    private final Thread watchdog;
    private volatile boolean closed;

    public RequestHeadDeadline(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
        Duration tick = Duration.ofMillis(Math.clamp(timeout.toMillis() / 10, 10, 500));
        this.watchdog = Thread.ofPlatform().daemon().name("request-head-deadline").start(() -> watch(tick));
    }

    /** The request line is in: its headers are due within the timeout. */
    @Override
    public void prologue(ConnectionContext ctx, HttpPrologue prologue) {
        deadlines.put(Thread.currentThread(), System.nanoTime() + timeoutNanos);
    }

    /** The headers are in: the request is being handled, and no deadline may interrupt it. */
    @Override
    public void headers(ConnectionContext ctx, Headers headers) {
        deadlines.remove(Thread.currentThread());
    }

    /** A request was answered before its headers were complete (a malformed or oversized head). */
    public void answered() {
        deadlines.remove(Thread.currentThread());
    }

    private void watch(Duration tick) {
        while (!closed) {
            try {
                Thread.sleep(tick);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            deadlines.forEach((thread, deadline) -> {
                if (!thread.isAlive()) {
                    deadlines.remove(thread, deadline);
                } else if (now - deadline > 0 && deadlines.remove(thread, deadline)) {
                    thread.interrupt();
                }
            });
        }
    }

    @Override
    public void close() {
        closed = true;
        watchdog.interrupt();
    }
}
