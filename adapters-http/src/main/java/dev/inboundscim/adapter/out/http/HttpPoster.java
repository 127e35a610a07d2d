package dev.inboundscim.adapter.out.http;

import dev.inboundscim.application.port.out.DeliveryException;
import java.io.IOException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;

/**
 * POSTs a body for the background deliveries (log streams, back-channel logout, event streams) over HTTP/1.1
 * connections it keeps open per origin ({@link Http1Connection}, {@link ConnectionPool}). A delivery is one small
 * POST answered by a status, so a general client's machinery costs more than the exchange: on loopback, Helidon's
 * blocking WebClient took about 140 µs of the process's CPU per POST, this about 40 (docs/benchmarks.md), and
 * deliveries share the machine with the writes they report. Redirects are not followed (a moved endpoint must be
 * reconfigured, not guessed). A request that meets a kept connection closed by the receiver goes again on a new
 * one: delivery is at least once. Messages name statuses and exception classes, never the authorization or anything
 * the receiver sent.
 */
final class HttpPoster {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration MAX_IDLE = Duration.ofSeconds(20);
    private static final ExchangeWatchdog WATCHDOG = new ExchangeWatchdog("delivery-watchdog");

    private final String userAgent;
    private final Duration requestTimeout;
    private final SSLSocketFactory tls;
    private final ConnectionPool pool = new ConnectionPool(MAX_IDLE);

    HttpPoster(String userAgent) {
        this(userAgent, REQUEST_TIMEOUT, defaultTls());
    }

    HttpPoster(String userAgent, Duration requestTimeout, SSLSocketFactory tls) {
        this.userAgent = userAgent;
        this.requestTimeout = requestTimeout;
        this.tls = tls;
    }

    /** The receiver's status and at most {@code maxBody} bytes of its answer (none when it is longer). */
    record Answer(int status, byte[] body) {
        boolean accepted() {
            return status / 100 == 2;
        }
    }

    /** Posts {@code body}; only a 2xx answer counts as delivered. */
    void post(URI url, String contentType, byte[] body, String authorization)
            throws DeliveryException, InterruptedException {
        Answer answer = exchange(url, contentType, body, authorization, 0);
        if (!answer.accepted()) {
            throw new DeliveryException("the endpoint answered HTTP " + answer.status());
        }
    }

    /** Posts {@code body} with {@code Accept: application/json} and answers whatever the receiver said. */
    Answer exchange(URI url, String contentType, byte[] body, String authorization, int maxBody)
            throws DeliveryException, InterruptedException {
        Origin origin = Origin.of(url);
        byte[] head = head(url, origin, contentType, authorization, body.length);
        long deadline = System.nanoTime() + requestTimeout.toNanos();
        Http1Connection kept = pool.take(origin);
        if (kept != null) {
            try {
                return answer(kept, head, body, maxBody, deadline);
            } catch (IOException | RuntimeException e) {
                if (!closedWhileIdle(e, kept)) {
                    throw failure(e);
                }
            }
        }
        Http1Connection fresh;
        try {
            fresh = Http1Connection.open(origin, tls, CONNECT_TIMEOUT, deadline);
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
        try {
            return answer(fresh, head, body, maxBody, deadline);
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    /**
     * Whether {@code e} means the receiver had closed the kept connection while it was idle: it failed before any
     * answer and not for time, so the request may go again on a new connection.
     */
    private static boolean closedWhileIdle(Exception e, Http1Connection kept) {
        return e instanceof IOException && !(e instanceof SocketTimeoutException) && !kept.answered()
                && !Thread.currentThread().isInterrupted();
    }

    private Answer answer(Http1Connection connection, byte[] head, byte[] body, int maxBody, long deadline)
            throws IOException {
        WATCHDOG.watch(connection, deadline);
        ResponseReader.Response response;
        try {
            response = connection.exchange(head, body, maxBody, deadline);
        } catch (IOException e) {
            connection.close();
            // The watchdog closed the socket under a write or a read: that is the time running out, not the network.
            throw !(e instanceof SocketTimeoutException) && System.nanoTime() - deadline >= 0
                    ? new SocketTimeoutException("the exchange's time is up") : e;
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        } finally {
            WATCHDOG.done(connection);
        }
        if (response.reusable() && !connection.closed()) {
            pool.give(connection);
        } else {
            connection.close();
        }
        return new Answer(response.status(), response.body());
    }

    /** The request line and headers; header values with control characters are refused, never sent. */
    private byte[] head(URI url, Origin origin, String contentType, String authorization, int length)
            throws DeliveryException {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        StringBuilder head = new StringBuilder(256).append("POST ").append(path);
        if (url.getRawQuery() != null) {
            head.append('?').append(url.getRawQuery());
        }
        head.append(" HTTP/1.1\r\nHost: ").append(origin.hostHeader())
                .append("\r\nContent-Type: ").append(contentType)
                .append("\r\nAccept: application/json\r\nUser-Agent: ").append(userAgent)
                .append("\r\nContent-Length: ").append(length).append("\r\n");
        if (authorization != null) {
            if (!headerValue(authorization)) {
                throw new DeliveryException("the endpoint's authorization is not a valid header value");
            }
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** RFC 9110 §5.5: visible characters, spaces and tabs, and no character beyond ISO-8859-1. */
    private static boolean headerValue(String value) {
        return value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c != 0x7f && c <= 0xff));
    }

    /** {@code e} as a failed delivery; a runtime exception is one too (some socket failures come as such). */
    private DeliveryException failure(Exception e) throws InterruptedException {
        if (Thread.interrupted()) {
            // Stopping mid-request (the interrupt closed the socket, a channel's on any thread): not a failure.
            throw new InterruptedException("interrupted while posting");
        }
        if (e instanceof SocketTimeoutException) {
            return new DeliveryException("no answer within " + requestTimeout.toSeconds() + " s");
        }
        if (e instanceof ProtocolException) {
            return new DeliveryException("the endpoint's answer is not valid HTTP/1.1");
        }
        return new DeliveryException("cannot reach the endpoint: " + e.getClass().getSimpleName());
    }

    private static SSLSocketFactory defaultTls() {
        try {
            return SSLContext.getDefault().getSocketFactory();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no default TLS context", e);
        }
    }
}
