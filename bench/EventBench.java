import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Event streams (issue 19) over the real API: after a warm-up, rounds of two phases of N user creations through SCIM,
 * one with no event stream and one with an active CloudEvents webhook stream (a receiver on loopback answering 202),
 * the order alternating from round to round; prints the write throughput of every phase and, for the stream phases,
 * how fast the events reached the receiver (each stream phase waits until all its events arrived).
 * Usage: java EventBench.java base admin-token users concurrency [rounds [warm-up creates
 * [single|batch|control|undelivered|drain-single|drain-batch [server-pid [data-dir]]]]]
 * With the server's process id, it also prints the CPU time per write of the server's JVM, of the embedded PostgreSQL
 * whose command line names data-dir (its postmaster, which pg_ctl detached from the server, and the backends under
 * it) and of its own JVM (the client and the receiver), which on a machine whose speed drifts is steadier than
 * throughput. "control" runs the second phase of each round without a stream too: the spread of its ratios is the
 * machine's own noise, against which a stream's cost is read. "undelivered" points the stream's webhook at a closed
 * port, so its deliveries fail and back off: what remains is the cost on the write's side. "drain-single" and
 * "drain-batch" measure the costs apart, in CPU time per write and per event ({@link #drainRounds}).
 */
public class EventBench {

    private static final Pattern ID = Pattern.compile("\"(?:id|token)\":\"([^\"]+)\"");
    private static final byte[] SPECVERSION = "\"specversion\"".getBytes(StandardCharsets.US_ASCII);
    private static boolean batch;
    private static boolean control;
    private static boolean undelivered;
    private static boolean drain;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = args[1];
        int users = Integer.parseInt(args[2]);
        int concurrency = Integer.parseInt(args[3]);
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 10_000;
        // "batch": the stream's webhook takes CloudEvents' batched content mode, one JSON array per request.
        String mode = args.length > 6 ? args[6] : "single";
        // "drain-single" and "drain-batch": the costs apart (drainRounds).
        drain = mode.startsWith("drain-");
        batch = mode.equals("batch") || mode.equals("drain-batch");
        control = mode.equals("control");
        undelivered = mode.equals("undelivered");
        ProcessCpu cpu = args.length > 7 ? new ProcessCpu(Long.parseLong(args[7]), args.length > 8 ? args[8] : null)
                : null;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        String connection = field(send(client, "POST", base + "/api/v2/connections", admin,
                "{\"name\":\"events-bench\",\"strategy\":\"okta\"}"));
        send(client, "POST", base + "/api/v2/connections/" + connection + "/scim-configuration", admin, "{}");
        String token = field(send(client, "POST", base + "/api/v2/connections/" + connection
                + "/scim-configuration/tokens", admin, "{\"scopes\":[\"post:users\",\"patch:users\"]}"));
        String scim = base + "/scim/v2/connections/" + connection + "/Users";

        Receiver receiver = new Receiver();

        // A warm server first (JIT and the database's caches), then phases that alternate without and with the
        // stream, each order as often as the other, so neither side gets the warmer or the emptier database.
        // The warm-up runs the delivery too, half of it with a stream, or the first stream phase pays its JIT.
        create(client, scim, token, "warm", warmup / 2, concurrency);
        withStream(client, base, admin, receiver, () -> create(client, scim, token, "warmstream", warmup / 2,
                concurrency), warmup / 2);
        if (drain) {
            receiver.close();
            drainRounds(client, base, admin, scim, token, users, concurrency, rounds, cpu);
            return;
        }
        List<Double> without = new ArrayList<>();
        List<Double> with = new ArrayList<>();
        List<Double> drained = new ArrayList<>();
        List<double[]> cpuWithout = new ArrayList<>();
        List<double[]> cpuWith = new ArrayList<>();
        double firstDelivery = 0;
        for (int round = 0; round < rounds; round++) {
            boolean streamFirst = round % 2 == 1;
            for (int phase = 0; phase < 2; phase++) {
                if ((phase == 0) == streamFirst) {
                    int phaseRound = round;
                    long start = System.nanoTime();
                    double[] before = ProcessCpu.read(cpu);
                    with.add(withStream(client, base, admin, receiver,
                            () -> create(client, scim, token, "s" + phaseRound, users, concurrency), users));
                    // Until the last event arrived: what delivery costs after the writes ended is the stream's too.
                    cpuWith.add(ProcessCpu.perWrite(before, ProcessCpu.read(cpu), users));
                    System.err.println("PHASE s" + round + " drained " + System.currentTimeMillis() / 1000.0);
                    if (control || undelivered) {
                        continue;
                    }
                    double delivered = (receiver.lastReceived() - start) / 1e9;
                    drained.add(users / delivered);
                    if (round == 0) {
                        firstDelivery = delivered;
                    }
                } else {
                    double[] before = ProcessCpu.read(cpu);
                    without.add(create(client, scim, token, "n" + round, users, concurrency));
                    cpuWithout.add(ProcessCpu.perWrite(before, ProcessCpu.read(cpu), users));
                }
            }
        }
        receiver.close();

        String stream = control ? "control: no stream either"
                : undelivered ? "one stream, deliveries failing" : "one active stream";
        System.out.printf("| phase writes/s, no stream | %s |%n", rates(without));
        System.out.printf("| phase writes/s, %s | %s |%n", stream, rates(with));
        if (!control && !undelivered) {
            System.out.printf("| events delivered/s per stream phase, first write to last event | %s |%n",
                    rates(drained));
        }
        double off = median(without);
        double on = median(with);
        System.out.printf("| median writes/s without / with (%s) | %.0f / %.0f (%+.1f %%) |%n", stream, off, on,
                (on / off - 1) * 100);
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            ratios.add(with.get(round) / without.get(round) - 1);
        }
        // Each round's two phases ran back to back on the same database: the ratio within a round is steadier than
        // the ratio of medians when the machine's speed drifts over the run. The middle half of the rounds' ratios
        // says how far one run's median can be trusted.
        List<Double> sorted = ratios.stream().sorted().toList();
        System.out.printf("| median of the rounds' ratios, with / without | %+.1f %% (middle half %+.1f %% to "
                + "%+.1f %%) |%n", median(ratios) * 100, quantile(sorted, 0.25) * 100, quantile(sorted, 0.75) * 100);
        if (!control && !undelivered) {
            System.out.printf("| %d events received, first stream phase, from its first write | %.1f s |%n", users,
                    firstDelivery);
        }
        System.out.printf("| events received in all | %d |%n", receiver.received());
        if (cpu != null) {
            System.out.printf("| CPU per write, server JVM + its database + this JVM (median of phases), no stream "
                    + "| %s |%n", ProcessCpu.describe(cpuWithout));
            System.out.printf("| CPU per write, server JVM + its database + this JVM (median of phases), %s | %s |%n",
                    stream, ProcessCpu.describe(cpuWith));
            List<Double> cpuRatios = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                cpuRatios.add(ProcessCpu.server(cpuWith.get(round)) / ProcessCpu.server(cpuWithout.get(round)) - 1);
            }
            List<Double> sortedCpu = cpuRatios.stream().sorted().toList();
            System.out.printf("| server JVM + database CPU per write, median of the rounds' ratios | %+.1f %% (middle "
                    + "half %+.1f %% to %+.1f %%) |%n", median(cpuRatios) * 100, quantile(sortedCpu, 0.25) * 100,
                    quantile(sortedCpu, 0.75) * 100);
        }
    }

    /**
     * CPU time of the server's process, of the embedded PostgreSQL on {@code dataDir} (the postmaster and its
     * backends, which live as long as the server's pooled connections) and of this process, in milliseconds.
     */
    private record ProcessCpu(long pid, String dataDir) {
        static double[] read(ProcessCpu cpu) {
            if (cpu == null) {
                return null;
            }
            ProcessHandle server = ProcessHandle.of(cpu.pid()).orElseThrow();
            // This process names data-dir on its own command line: only the postmaster's tree is the database's.
            List<ProcessHandle> database = cpu.dataDir() == null ? List.of() : ProcessHandle.allProcesses()
                    .filter(p -> p.pid() != ProcessHandle.current().pid())
                    .filter(p -> p.info().commandLine().map(line -> line.contains(cpu.dataDir())).orElse(false))
                    .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                    .distinct().toList();
            double background = database.stream().filter(p -> !isBackend(p)).mapToDouble(ProcessCpu::millis).sum();
            return new double[] {millis(server), database.stream().mapToDouble(ProcessCpu::millis).sum(),
                    millis(ProcessHandle.current()), background};
        }

        /**
         * Whether {@code process} serves a client connection ("postgres: user db 127.0.0.1(port) ..."), not one of
         * the database's own processes (the postmaster, checkpointer, WAL writer, autovacuum).
         */
        private static boolean isBackend(ProcessHandle process) {
            try {
                return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline")).contains("(");
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        static double[] perWrite(double[] before, double[] after, int writes) {
            if (before == null) {
                return null;
            }
            double[] per = new double[before.length];
            for (int i = 0; i < per.length; i++) {
                per[i] = (after[i] - before[i]) / writes;
            }
            return per;
        }

        static double server(double[] perWrite) {
            return perWrite[0] + perWrite[1];
        }

        static String describe(List<double[]> phases) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int part = i;
                parts.add(String.format("%.3f", median(phases.stream().map(p -> p[part]).toList())));
            }
            return String.join(" + ", parts) + " ms";
        }

        private static double millis(ProcessHandle process) {
            return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(0.0);
        }
    }

    /**
     * Runs {@code writes} with one active CloudEvents stream, waits for its {@code events}, deletes it; in the control
     * run, only runs {@code writes}.
     */
    private static double withStream(HttpClient client, String base, String admin, Receiver receiver,
                                     Phase writes, int events) throws Exception {
        if (control) {
            return writes.run();
        }
        int expected = undelivered ? 0 : receiver.received() + events;
        // Port 9 (discard) has no listener here: connections are refused at once.
        int port = undelivered ? 9 : receiver.port();
        String stream = createStream(client, base, admin, port);
        long start = System.nanoTime();
        double rate = writes.run();
        while (receiver.received() < expected && seconds(start) < 300) {
            Thread.sleep(5);
        }
        send(client, "DELETE", base + "/api/v2/event-streams/" + stream, admin, null);
        return rate;
    }

    /** A CloudEvents webhook stream to {@code port} on loopback, for user.created and user.updated; its id. */
    private static String createStream(HttpClient client, String base, String admin, int port) throws Exception {
        return field(send(client, "POST", base + "/api/v2/event-streams", admin,
                "{\"name\":\"bench\",\"format\":\"cloudevents\",\"destination\":{\"type\":\"webhook\",\"url\":"
                        + "\"http://127.0.0.1:" + port + "/events\"" + (batch ? ",\"batch\":true" : "")
                        + "},\"subscriptions\":["
                        + "{\"event_type\":\"user.created\"},{\"event_type\":\"user.updated\"}]}"));
    }

    /**
     * The costs apart, in CPU time, where throughput ratios on two shared cores are noisy: each round runs N creates
     * without a stream, then N with a stream whose receiver is not listening yet (the write's side: the deliveries
     * are refused and retried, which bench/events makes every few hundred milliseconds in this mode), then opens the
     * receiver and, with no write running, times the backlog's delivery (the delivery's side).
     */
    private static void drainRounds(HttpClient client, String base, String admin, String scim, String token,
                                    int users, int concurrency, int rounds, ProcessCpu cpu) throws Exception {
        if (cpu == null) {
            throw new IllegalArgumentException("drain needs the server's process id");
        }
        List<double[]> plain = new ArrayList<>();
        List<double[]> written = new ArrayList<>();
        List<double[]> delivered = new ArrayList<>();
        List<Double> drainRates = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            double[] before = ProcessCpu.read(cpu);
            create(client, scim, token, "n" + round, users, concurrency);
            plain.add(ProcessCpu.perWrite(before, ProcessCpu.read(cpu), users));
            int port;
            try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
            String stream = createStream(client, base, admin, port);
            before = ProcessCpu.read(cpu);
            create(client, scim, token, "s" + round, users, concurrency);
            written.add(ProcessCpu.perWrite(before, ProcessCpu.read(cpu), users));
            before = ProcessCpu.read(cpu);
            long start = System.nanoTime();
            try (Receiver receiver = new Receiver(port)) {
                while (receiver.received() < users && seconds(start) < 300) {
                    Thread.sleep(2);
                }
                drainRates.add(users / ((receiver.lastReceived() - start) / 1e9));
            }
            delivered.add(ProcessCpu.perWrite(before, ProcessCpu.read(cpu), users));
            send(client, "DELETE", base + "/api/v2/event-streams/" + stream, admin, null);
        }
        System.out.printf("| CPU per write, server + database + benchmark (median of %d rounds), no stream | %s |%n",
                rounds, micros(plain));
        System.out.printf("| CPU per write, the same, one stream not delivering yet | %s |%n", micros(written));
        System.out.printf("| CPU per event delivered with no write running, server + database + receiver | %s |%n",
                micros(delivered));
        // Autovacuum, the checkpointer and the WAL writer work when they must, in whichever phase is running then.
        System.out.printf("| of which the database's own processes (no stream / not delivering / delivering) | "
                + "%.0f / %.0f / %.0f µs |%n", 1000 * median(plain.stream().map(p -> p[3]).toList()),
                1000 * median(written.stream().map(p -> p[3]).toList()),
                1000 * median(delivered.stream().map(p -> p[3]).toList()));
        System.out.printf("| events delivered/s, backlog of %d | %s |%n", users, rates(drainRates));
    }

    private static String micros(List<double[]> phases) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int part = i;
            parts.add(String.format("%.0f", 1000 * median(phases.stream().map(p -> p[part]).toList())));
        }
        return String.join(" + ", parts) + " µs";
    }

    /** A phase of writes; its writes per second. */
    private interface Phase {
        double run() throws Exception;
    }

    private static String rates(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format("%.0f", v)).toList());
    }

    /** The {@code q} quantile of {@code sorted}, interpolated between its neighbours. */
    private static double quantile(List<Double> sorted, double q) {
        double position = q * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.size() - 1);
        return sorted.get(below) + (sorted.get(above) - sorted.get(below)) * (position - below);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** {@code count} SCIM creates, {@code concurrency} in flight; the writes per second. */
    private static double create(HttpClient client, String scim, String token, String prefix, int count,
                                 int concurrency) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        System.err.println("PHASE " + prefix + " start " + System.currentTimeMillis() / 1000.0);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        String name = prefix + System.nanoTime() + "-" + i;
                        HttpResponse<String> r = send(client, "POST", scim, token, """
                                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s@example.com",
                                 "externalId":"%s","name":{"givenName":"Bench","familyName":"User"},"active":true}"""
                                .formatted(name, name));
                        if (r.statusCode() != 201) {
                            throw new IllegalStateException("create answered " + r.statusCode() + ": " + r.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        System.err.println("PHASE " + prefix + " end " + System.currentTimeMillis() / 1000.0);
        return count / seconds(start);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String field(HttpResponse<String> response) {
        Matcher matcher = ID.matcher(response.body());
        if (response.statusCode() / 100 != 2 || !matcher.find()) {
            throw new IllegalStateException(response.statusCode() + ": " + response.body());
        }
        return matcher.group(1);
    }

    private static HttpResponse<String> send(HttpClient client, String method, String url, String bearer, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The receiving system, which in a deployment runs on another machine: a minimal HTTP/1.1 server that reads each
     * request whole (headers, then Content-Length bytes) and answers 202 on the same keep-alive connection. It costs
     * about 35 µs of CPU a request, the kernel's loopback work included (about 50 when it read the head a byte at a
     * time; the JDK's HttpServer costs several times that), so the measurement is of the server, not of the receiver
     * sharing its two cores.
     */
    private static final class Receiver implements AutoCloseable {
        private static final byte[] ACCEPTED = "HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        private final ServerSocket socket;
        private final AtomicInteger received = new AtomicInteger();
        private final AtomicLong lastReceived = new AtomicLong();

        Receiver() throws IOException {
            this(0);
        }

        Receiver(int port) throws IOException {
            this.socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            Thread.ofPlatform().daemon().start(this::accept);
        }

        int received() {
            return received.get();
        }

        /** When the last request arrived, in {@link System#nanoTime()}. */
        long lastReceived() {
            return lastReceived.get();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket connection = socket.accept();
                    // A platform thread per connection (the server keeps one or two open): its blocking reads cost a
                    // system call each, where a virtual thread's cost a park and an unpark too, about 40 µs of CPU
                    // a request on these cores, which the receiver, standing for another machine, should not take.
                    Thread.ofPlatform().daemon().start(() -> serve(connection));
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void serve(Socket connection) {
            try (connection) {
                Requests requests = new Requests(connection.getInputStream());
                OutputStream out = connection.getOutputStream();
                while (requests.next()) {
                    received.addAndGet(batch ? requests.count(SPECVERSION) : 1);
                    lastReceived.set(System.nanoTime());
                    out.write(ACCEPTED);
                    out.flush();
                }
            } catch (IOException e) {
                // The server closed its connection: nothing to answer.
            }
        }

        /**
         * The requests of one connection, read in large chunks straight from the socket: a request's head is found
         * by its blank line and only its Content-Length is parsed, so a request costs about one read and one write.
         */
        private static final class Requests {
            private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);
            private final InputStream in;
            private byte[] buffer = new byte[64 * 1024];
            /** The unread bytes are buffer[start, end); the current request's body is buffer[body, start). */
            private int start;
            private int end;
            private int body;

            Requests(InputStream in) {
                this.in = in;
            }

            /** Reads the next request whole; false at the end of the connection. */
            boolean next() throws IOException {
                body = start;
                int blank;
                while ((blank = blankLine()) < 0) {
                    if (!fill()) {
                        return false;
                    }
                }
                int length = contentLength(start, blank);
                body = blank + 4;
                while (end - body < length) {
                    if (!fill()) {
                        return false;
                    }
                }
                start = body + length;
                return true;
            }

            /** How often {@code member} occurs in the current request's body. */
            int count(byte[] member) {
                int count = 0;
                for (int i = body; i <= start - member.length; i++) {
                    if (buffer[i] == '"' && Arrays.equals(buffer, i, i + member.length, member, 0, member.length)) {
                        count++;
                    }
                }
                return count;
            }

            /** Where the head's closing CRLF CRLF starts among the unread bytes, or -1. */
            private int blankLine() {
                for (int i = start; i + 3 < end; i++) {
                    if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n') {
                        return i;
                    }
                }
                return -1;
            }

            private int contentLength(int from, int to) {
                for (int i = from; i + CONTENT_LENGTH.length <= to; i++) {
                    if ((i == from || buffer[i - 1] == '\n') && startsIgnoringCase(i)) {
                        int value = 0;
                        for (int j = i + CONTENT_LENGTH.length; j < to && buffer[j] != '\r'; j++) {
                            if (buffer[j] >= '0' && buffer[j] <= '9') {
                                value = value * 10 + buffer[j] - '0';
                            }
                        }
                        return value;
                    }
                }
                return 0;
            }

            private boolean startsIgnoringCase(int at) {
                for (int k = 0; k < CONTENT_LENGTH.length; k++) {
                    if (Character.toLowerCase(buffer[at + k]) != CONTENT_LENGTH[k]) {
                        return false;
                    }
                }
                return true;
            }

            /** Moves what is unread (and the current body) to the front, grows if full, reads more; false at EOF. */
            private boolean fill() throws IOException {
                int keep = Math.min(start, body);
                if (keep > 0) {
                    System.arraycopy(buffer, keep, buffer, 0, end - keep);
                    start -= keep;
                    body -= keep;
                    end -= keep;
                }
                if (end == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                int read = in.read(buffer, end, buffer.length - end);
                if (read < 0) {
                    return false;
                }
                end += read;
                return true;
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
