package dev.inboundscim.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One server node in a JVM of its own, started from this test JVM's class path through {@link NodeProcessMain}
 * (surefire runs before the jar is packaged), with the java binary of this JVM. Everything it prints goes to a file
 * under {@code target/node-processes}, the evidence when a suite fails.
 */
final class NodeProcess {

    /**
     * A modest heap and one GC thread, since up to six nodes run beside the test JVM on a build machine's two cores;
     * C1 only, since a node serves a few suite classes and C2's compilations would compete with them for the cores.
     */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED", "-Dstdout.encoding=UTF-8",
            "-Dstderr.encoding=UTF-8", "-Djava.util.logging.manager=" + ServerLogManager.class.getName());
    private static final HttpClient HEALTH = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Every node still running, killed when this JVM exits (and ended by NodeProcessMain should that not run). */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(NodeProcess::killAll, "kill-node-processes"));
    }

    private final Process process;
    private final int port;
    private final Path output;

    private NodeProcess(Process process, int port, Path output) {
        this.process = process;
        this.port = port;
        this.output = output;
    }

    /** A port no listener holds right now: the node binds it a moment later (another taker in between is rare). */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a node listening on {@code port} with nothing of this JVM's environment but {@code env}, as the
     * in-JVM test server reads nothing else; its output appended to {@code output}.
     */
    static NodeProcess start(int port, Map<String, String> env, Path output) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(JVM_OPTIONS);
        String version = System.getProperty("build.version");
        if (version != null) {
            command.add("-Dbuild.version=" + version);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), NodeProcessMain.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.environment().put("PORT", String.valueOf(port));
        try {
            // Standard input stays a pipe from this JVM: NodeProcessMain ends the node when it closes.
            Process process = builder.start();
            RUNNING.add(process);
            process.onExit().thenRun(() -> RUNNING.remove(process));
            return new NodeProcess(process, port, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the node reports itself healthy; throws with what it printed if it does not within {@code bound}. */
    void awaitReady(Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the node on port " + port + " exited (" + process.exitValue() + "):\n"
                        + printed());
            }
            if (healthy()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the node on port " + port + " was not ready within " + bound + ":\n" + printed());
    }

    private boolean healthy() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/observe/health"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            return HEALTH.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    int port() {
        return port;
    }

    /** How much the node has printed so far: where {@link #printedSince(long)} starts. */
    long printedBytes() {
        try {
            return Files.size(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines the node printed after {@code offset}. */
    List<String> printedSince(long offset) {
        try {
            byte[] all = Files.readAllBytes(output);
            int from = (int) Math.min(offset, all.length);
            return new String(all, from, all.length - from, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String printed() {
        List<String> lines = printedSince(0);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /**
     * SIGTERM; this also closes the node's standard input, on which {@link NodeProcessMain} ends it at once (nothing
     * waits for a node of a finished suite to drain).
     */
    void terminate() {
        process.destroy();
    }

    /** Waits up to {@code bound} for the node to end after {@link #terminate()}, then kills it. */
    void awaitEnd(Duration bound) {
        try {
            if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    private static void killAll() {
        List<Process> running = List.copyOf(RUNNING);
        running.forEach(Process::destroyForcibly);
        for (Process process : running) {
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** SIGKILL, and waits briefly for the process to be gone: no node outlives its test JVM. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
