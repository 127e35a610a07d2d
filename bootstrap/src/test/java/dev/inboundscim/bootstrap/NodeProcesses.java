package dev.inboundscim.bootstrap;

import dev.inboundscim.adapter.out.mongo.TestMongo;
import dev.inboundscim.adapter.out.postgres.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Several server processes on one store behind one public address (issue 20), as {@link NodeProcess}es started at
 * once. A trio costs three cold JVMs, so {@link SharedNodes} lends one to every suite class of this JVM that asks for
 * the same store and settings: the suites create their own connections, as they share the store itself.
 */
final class NodeProcesses implements ServerUnderTest {

    static final Path OUTPUT = Path.of("target", "node-processes");
    private static final Duration READY_WITHIN = Duration.ofSeconds(90);
    private static int started;

    private final List<NodeProcess> nodes;

    private NodeProcesses(List<NodeProcess> nodes) {
        this.nodes = nodes;
    }

    /**
     * Starts {@code count} nodes on the test store of kind {@code store} ({@code postgres} or {@code mongo}) with
     * {@link TestServer#testEnvironment()} and {@code settings}, and waits until each is ready. Every node answers
     * with the first node's address, as nodes behind a load balancer answer with its one public address.
     */
    static NodeProcesses start(String store, Map<String, String> settings, int count) {
        Map<String, String> env = TestServer.testEnvironment();
        env.putAll(storeEnvironment(store));
        env.putAll(settings);
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ports.add(NodeProcess.freePort());
        }
        env.put("PUBLIC_BASE_URL", "http://localhost:" + ports.getFirst());
        String name = store + "-" + nextNumber();
        List<NodeProcess> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                nodes.add(NodeProcess.start(ports.get(i), env, output(name + "-node-" + i, settings, ports.get(i))));
            }
            NodeProcesses processes = new NodeProcesses(nodes);
            CompletableFuture.allOf(nodes.stream()
                    .map(node -> CompletableFuture.runAsync(() -> node.awaitReady(READY_WITHIN)))
                    .toArray(CompletableFuture[]::new)).join();
            System.out.println(count + " server processes on " + store + " (" + settings + "): ports " + ports
                    + ", output in " + OUTPUT.toAbsolutePath() + "/" + name + "-node-*.log");
            return processes;
        } catch (RuntimeException e) {
            nodes.forEach(NodeProcess::kill);
            throw e;
        }
    }

    private static synchronized int nextNumber() {
        return ++started;
    }

    /** Where the nodes find the store the test JVM picked (and already migrated, through the suite's persistence). */
    private static Map<String, String> storeEnvironment(String store) {
        Map<String, String> env = new HashMap<>();
        switch (store) {
            case "postgres" -> {
                TestDatabases.Coordinates database = TestDatabases.coordinates();
                env.put("STORE", "postgres");
                env.put("POSTGRES_URL", database.jdbcUrl());
                env.put("POSTGRES_USER", database.user());
                env.put("POSTGRES_PASSWORD", database.password());
            }
            case "mongo" -> {
                TestMongo.Coordinates mongo = TestMongo.coordinates();
                env.put("STORE", "mongo");
                env.put("MONGO_URI", mongo.uri());
                env.put("MONGO_DATABASE", mongo.database());
                // A settings write waits up to one poll for the other nodes (the fence, docs/scaling.md).
                env.put("MONGO_SETTINGS_POLL_MILLIS", String.valueOf(TestMongo.SETTINGS_POLL.toMillis()));
            }
            default -> throw new IllegalArgumentException("no server processes on a store of kind " + store);
        }
        return env;
    }

    /** A fresh output file, headed by the settings the suite asked for. */
    private static Path output(String name, Map<String, String> settings, int port) {
        try {
            Files.createDirectories(OUTPUT);
            Path file = OUTPUT.resolve(name + ".log");
            Files.writeString(file, "# port " + port + ", settings " + new TreeMap<>(settings) + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ports of the nodes, the first node's (the public address) first. */
    List<Integer> ports() {
        return nodes.stream().map(NodeProcess::port).toList();
    }

    @Override
    public int port() {
        return nodes.getFirst().port();
    }

    @Override
    public String adminToken() {
        return TestServer.ADMIN_TOKEN;
    }

    @Override
    public HttpClientSupport client() {
        return new HttpClientSupport(port());
    }

    /** What the nodes print from now on, read on {@link ServerLog#lines()}. */
    ServerLog log() {
        List<Long> offsets = nodes.stream().map(NodeProcess::printedBytes).toList();
        return () -> {
            // A line may be printed just after its response was sent: wait until the output stops growing.
            long printed = -1;
            for (int i = 0; i < 20 && printed != total(); i++) {
                printed = total();
                pause(Duration.ofMillis(100));
            }
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                lines.addAll(nodes.get(i).printedSince(offsets.get(i)));
            }
            return lines;
        };
    }

    private long total() {
        return nodes.stream().mapToLong(NodeProcess::printedBytes).sum();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops every node at once, killing any still running after a few seconds. */
    void stop() {
        nodes.forEach(NodeProcess::terminate);
        nodes.forEach(node -> node.awaitEnd(Duration.ofSeconds(5)));
    }
}
