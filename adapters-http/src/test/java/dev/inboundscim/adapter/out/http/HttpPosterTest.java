package dev.inboundscim.adapter.out.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.DeliveryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery client against receivers on loopback that answer byte for byte what each test scripts: framing,
 * keep-alive, receivers that close, stall or stop reading, malformed answers, TLS with the server's name checked.
 */
class HttpPosterTest {

    private static final String ACCEPTED = "HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n";
    private static final byte[] BODY = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);

    private final HttpPoster poster = new HttpPoster("inbound-scim-server test", Duration.ofMillis(500),
            HttpPosterTest.defaultTls());

    @TempDir
    Path dir;

    @Test
    void sendsTheRequestWholeAndKeepsTheConnectionForTheNext() throws Exception {
        try (Receiver receiver = Receiver.plain(request -> Script.answer(ACCEPTED))) {
            URI url = receiver.url("/events?tenant=a%20b");
            assertEquals(202, poster.exchange(url, "application/cloudevents+json", BODY, "Bearer s3cret", 0).status());
            assertEquals(202, poster.exchange(url, "application/cloudevents+json", BODY, null, 0).status());

            assertEquals(1, receiver.connections(), "both requests went over one connection");
            Request first = receiver.requests().getFirst();
            assertEquals("POST /events?tenant=a%20b HTTP/1.1", first.line());
            assertEquals("127.0.0.1:" + receiver.port(), first.header("host"));
            assertEquals("application/cloudevents+json", first.header("content-type"));
            assertEquals("application/json", first.header("accept"));
            assertEquals("inbound-scim-server test", first.header("user-agent"));
            assertEquals("Bearer s3cret", first.header("authorization"));
            assertArrayEquals(BODY, first.body());
            assertEquals(null, receiver.requests().get(1).header("authorization"));
        }
    }

    @Test
    void readsChunkedAndSizedAnswersWholeAndKeepsOnlyWhatFitsTheLimit() throws Exception {
        String error = "{\"err\":\"invalid_key\",\"description\":\"unknown key\"}";
        String chunked = "HTTP/1.1 400 Bad Request\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "a;ext=1\r\n" + error.substring(0, 10) + "\r\n" + Integer.toHexString(error.length() - 10) + "\r\n"
                + error.substring(10) + "\r\n0\r\nX-Trailer: t\r\n\r\n";
        String large = "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 5000\r\n\r\n" + "x".repeat(5000);
        List<String> answers = List.of(chunked, large, ACCEPTED);
        try (Receiver receiver = Receiver.plain(request -> Script.answer(answers.get(request)))) {
            HttpPoster.Answer refused = poster.exchange(receiver.url("/"), "application/secevent+jwt", BODY, null,
                    4096);
            assertEquals(400, refused.status());
            assertEquals(error, new String(refused.body(), StandardCharsets.UTF_8));

            HttpPoster.Answer tooLong = poster.exchange(receiver.url("/"), "application/json", BODY, null, 4096);
            assertEquals(500, tooLong.status());
            assertEquals(0, tooLong.body().length, "a body over the limit is none");

            assertEquals(202, poster.exchange(receiver.url("/"), "application/json", BODY, null, 4096).status());
            assertEquals(1, receiver.connections(), "each answer was read to its end, so the connection went on");
        }
    }

    @Test
    void skipsInterimAnswersAndReadsAnUnframedAnswerToTheConnectionsEnd() throws Exception {
        List<Script> scripts = List.of(
                Script.answer("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n" + ACCEPTED),
                Script.answerAndClose("HTTP/1.0 200 OK\r\n\r\nall of it"),
                Script.answer("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"),
                Script.answer(ACCEPTED));
        try (Receiver receiver = Receiver.plain(scripts::get)) {
            assertEquals(202, poster.exchange(receiver.url("/"), "application/json", BODY, null, 0).status());
            HttpPoster.Answer unframed = poster.exchange(receiver.url("/"), "application/json", BODY, null, 100);
            assertEquals("all of it", new String(unframed.body(), StandardCharsets.UTF_8));
            assertEquals(204, poster.exchange(receiver.url("/"), "application/json", BODY, null, 0).status());
            assertEquals(202, poster.exchange(receiver.url("/"), "application/json", BODY, null, 0).status());

            assertEquals(3, receiver.connections(), "an answer to the end of its connection, or with "
                    + "Connection: close, ends its connection");
        }
    }

    @Test
    void aKeptConnectionTheReceiverClosedIsReplacedAndTheRequestArrivesOnce() throws Exception {
        try (Receiver receiver = Receiver.plain(request -> Script.answerAndClose(ACCEPTED))) {
            poster.post(receiver.url("/"), "application/json", BODY, null);
            receiver.awaitClosed(1);
            poster.post(receiver.url("/"), "application/json", BODY, null);

            assertEquals(2, receiver.connections());
            assertEquals(2, receiver.requests().size(), "the retried request arrived once");
        }
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeFailsTheDeliveryWithoutARetry() throws Exception {
        // A plain connection's read has no timeout of its own: the watchdog's close ends it, on either kind of thread.
        for (Thread.Builder builder : List.of(Thread.ofPlatform(), Thread.ofVirtual())) {
            try (Receiver receiver = Receiver.plain(request -> Script.SILENT)) {
                long start = System.nanoTime();
                CompletableFuture<Exception> outcome = new CompletableFuture<>();
                builder.start(() -> {
                    try {
                        poster.post(receiver.url("/"), "application/json", BODY, null);
                        outcome.complete(null);
                    } catch (Exception e) {
                        outcome.complete(e);
                    }
                });
                Exception failure = outcome.get(5, TimeUnit.SECONDS);
                assertTrue(failure instanceof DeliveryException, String.valueOf(failure));
                assertTrue(failure.getMessage().startsWith("no answer within"), failure.getMessage());
                assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
                assertEquals(1, receiver.requests().size());
            }
        }
    }

    @Test
    void aReceiverThatStopsReadingCannotHoldTheWriteBeyondTheTimeout() throws Exception {
        try (Receiver receiver = Receiver.plain(request -> Script.SILENT)) {
            receiver.stopReading();
            long start = System.nanoTime();
            DeliveryException failure = assertThrows(DeliveryException.class,
                    () -> poster.post(receiver.url("/"), "application/json", new byte[64 * 1024 * 1024], null));
            assertTrue(failure.getMessage().startsWith("no answer within"), failure.getMessage());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
        }
    }

    @Test
    void anInterruptStopsAPostOnAPlatformThreadAsOnAVirtualOne() throws Exception {
        HttpPoster patient = new HttpPoster("test", Duration.ofSeconds(30), defaultTls());
        try (Receiver receiver = Receiver.plain(request -> Script.SILENT)) {
            for (Thread.Builder builder : List.of(Thread.ofPlatform(), Thread.ofVirtual())) {
                int sent = receiver.requests().size() + 1;
                CompletableFuture<Exception> outcome = new CompletableFuture<>();
                Thread sender = builder.start(() -> {
                    try {
                        patient.post(receiver.url("/"), "application/json", BODY, null);
                        outcome.complete(null);
                    } catch (Exception e) {
                        outcome.complete(e);
                    }
                });
                while (receiver.requests().size() < sent && !outcome.isDone()) {
                    Thread.sleep(5);
                }
                sender.interrupt();
                Exception stopped = outcome.get(5, TimeUnit.SECONDS);
                assertTrue(stopped instanceof InterruptedException, String.valueOf(stopped));
            }
        }
    }

    @Test
    void aMalformedAnswerIsAFailureThatRepeatsNothingTheReceiverSent() throws Exception {
        for (String answer : List.of("SMTP ready <secret-banner>\r\n\r\n",
                "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz-secret\r\n",
                "HTTP/1.1 200 OK\r\nX-Long: " + "a".repeat(9000) + "\r\n\r\n")) {
            try (Receiver receiver = Receiver.plain(request -> Script.answer(answer))) {
                DeliveryException failure = assertThrows(DeliveryException.class,
                        () -> poster.post(receiver.url("/"), "application/json", BODY, null));
                assertEquals("the endpoint's answer is not valid HTTP/1.1", failure.getMessage());
            }
        }
    }

    @Test
    void anAuthorizationThatWouldSplitTheHeadIsRefusedUnsent() throws Exception {
        try (Receiver receiver = Receiver.plain(request -> Script.answer(ACCEPTED))) {
            DeliveryException failure = assertThrows(DeliveryException.class, () -> poster.post(receiver.url("/"),
                    "application/json", BODY, "Bearer abc\r\nX-Injected: 1"));
            assertFalse(failure.getMessage().contains("abc"), failure.getMessage());
            assertEquals(0, receiver.connections());
        }
    }

    @Test
    void aClosedPortOrAnotherSchemeIsAFailureNamingItsCause() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        DeliveryException refused = assertThrows(DeliveryException.class, () -> poster.post(
                URI.create("http://127.0.0.1:" + closed + "/"), "application/json", BODY, null));
        assertEquals("cannot reach the endpoint: ConnectException", refused.getMessage());
        assertThrows(DeliveryException.class, () -> poster.post(URI.create("ftp://127.0.0.1/"), "application/json",
                BODY, null));
    }

    @Test
    void httpsChecksTheServersNameAgainstItsCertificate() throws Exception {
        KeyStore keys = selfSigned();
        try (Receiver receiver = Receiver.tls(keys, request -> Script.answer(ACCEPTED))) {
            HttpPoster trusting = new HttpPoster("test", Duration.ofSeconds(5),
                    context(null, keys).getSocketFactory());
            assertEquals(202, trusting.exchange(URI.create("https://localhost:" + receiver.port() + "/events"),
                    "application/json", BODY, null, 0).status());
            assertEquals(202, trusting.exchange(URI.create("https://localhost:" + receiver.port() + "/events"),
                    "application/json", BODY, null, 0).status());
            assertEquals(1, receiver.connections(), "the TLS connection was kept");
            assertEquals("localhost:" + receiver.port(), receiver.requests().getFirst().header("host"));

            DeliveryException wrongName = assertThrows(DeliveryException.class, () -> trusting.post(
                    URI.create("https://127.0.0.1:" + receiver.port() + "/"), "application/json", BODY, null));
            assertTrue(wrongName.getMessage().startsWith("cannot reach the endpoint: SSL"), wrongName.getMessage());
            DeliveryException untrusted = assertThrows(DeliveryException.class, () -> poster.post(
                    URI.create("https://localhost:" + receiver.port() + "/"), "application/json", BODY, null));
            assertTrue(untrusted.getMessage().startsWith("cannot reach the endpoint: SSL"), untrusted.getMessage());
            assertEquals(2, receiver.requests().size(), "no request went over a connection that failed its check");
        }
    }

    private KeyStore selfSigned() throws Exception {
        Path keystore = dir.resolve("receiver.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=localhost", "-ext", "SAN=dns:localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore",
                keystore.toString(), "-storepass", "changeit").redirectErrorStream(true).start();
        String printed = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, printed);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        return store;
    }

    /** A context that presents {@code keys} (null: none) and trusts the certificate in {@code trusted}. */
    private static SSLContext context(KeyStore keys, KeyStore trusted) throws Exception {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        if (keys != null) {
            keyManagers.init(keys, "changeit".toCharArray());
        }
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("receiver", trusted.getCertificate("receiver"));
        trustManagers.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys == null ? null : keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }

    private static javax.net.ssl.SSLSocketFactory defaultTls() {
        try {
            return SSLContext.getDefault().getSocketFactory();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a receiver does with a request: answer these bytes (and maybe close), or nothing at all. */
    private record Script(String answer, boolean close) {
        static final Script SILENT = new Script(null, false);

        static Script answer(String answer) {
            return new Script(answer, false);
        }

        static Script answerAndClose(String answer) {
            return new Script(answer, true);
        }
    }

    /** A request as the receiver read it. */
    private record Request(String line, List<String> headers, byte[] body) {
        String header(String name) {
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                    .map(h -> h.substring(name.length() + 1).trim()).findFirst().orElse(null);
        }
    }

    /** A loopback HTTP/1.1 receiver that follows a script per request, numbered from 0 across connections. */
    private static final class Receiver implements AutoCloseable {
        private final ServerSocket server;
        private final IntFunction<Script> scripts;
        private final AtomicInteger connections = new AtomicInteger();
        private final AtomicInteger closedConnections = new AtomicInteger();
        private final List<Request> requests = new CopyOnWriteArrayList<>();
        private volatile boolean reading = true;

        private Receiver(ServerSocket server, IntFunction<Script> scripts) {
            this.server = server;
            this.scripts = scripts;
            Thread.ofPlatform().daemon().start(this::accept);
        }

        static Receiver plain(IntFunction<Script> scripts) throws IOException {
            return new Receiver(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), scripts);
        }

        static Receiver tls(KeyStore keys, IntFunction<Script> scripts) throws Exception {
            SSLServerSocket server = (SSLServerSocket) context(keys, keys).getServerSocketFactory()
                    .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
            return new Receiver(server, scripts);
        }

        URI url(String path) {
            return URI.create("http://127.0.0.1:" + port() + path);
        }

        int port() {
            return server.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        List<Request> requests() {
            return requests;
        }

        void stopReading() {
            reading = false;
        }

        void awaitClosed(int count) throws InterruptedException {
            for (int i = 0; i < 500 && closedConnections.get() < count; i++) {
                Thread.sleep(10);
            }
            assertEquals(count, closedConnections.get());
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    connections.incrementAndGet();
                    Thread.ofPlatform().daemon().start(() -> serve(socket));
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void serve(Socket socket) {
            try (socket) {
                if (!reading) {
                    idle();
                }
                InputStream in = socket.getInputStream();
                while (true) {
                    Request request = read(in);
                    if (request == null) {
                        return;
                    }
                    int number = requests.size();
                    requests.add(request);
                    Script script = scripts.apply(number);
                    if (script.answer() == null) {
                        idle();
                        return;
                    }
                    socket.getOutputStream().write(script.answer().getBytes(StandardCharsets.ISO_8859_1));
                    socket.getOutputStream().flush();
                    if (script.close()) {
                        return;
                    }
                }
            } catch (IOException | InterruptedException e) {
                // The client went away: this connection's part is over.
            } finally {
                closedConnections.incrementAndGet();
            }
        }

        /** Holds the connection open, saying nothing, until the receiver closes. */
        private void idle() throws InterruptedException {
            while (!server.isClosed()) {
                Thread.sleep(20);
            }
        }

        private static Request read(InputStream in) throws IOException {
            String line = line(in);
            if (line == null) {
                return null;
            }
            List<String> headers = new ArrayList<>();
            int length = 0;
            for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                headers.add(header);
                if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring(15).trim());
                }
            }
            return new Request(line, headers, in.readNBytes(length));
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    return null;
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
