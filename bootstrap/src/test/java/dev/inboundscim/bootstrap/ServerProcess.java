package dev.inboundscim.bootstrap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged server started with {@code java -jar} in a process of its own, as an operator starts it: what it
 * prints (standard output and error apart), its port once it listens, and the signals an operator or a crash sends
 * it.
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern PORT = Pattern.compile("listening on port (\\d+)");
    private static final Pattern ADMIN_TOKEN = Pattern.compile("(adm_[0-9a-f]{64})");

    private final Process process;
    private final List<String> out = new ArrayList<>();
    private final List<String> err = new ArrayList<>();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final Thread outReader;
    private final Thread errReader;

    private ServerProcess(Process process) {
        this.process = process;
        this.outReader = Thread.ofPlatform().daemon().name("server-stdout")
                .start(() -> read(process.getInputStream(), out));
        this.errReader = Thread.ofPlatform().daemon().name("server-stderr")
                .start(() -> read(process.getErrorStream(), err));
    }

    /**
     * Starts the jar in {@code workDir} with {@code PORT=0} and {@code env} (over a clean environment: no STORE,
     * ADMIN_TOKEN or DATA_DIR of the caller's).
     */
    static ServerProcess start(Path workDir, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-jar", System.getProperty("server.jar"))
                .directory(workDir.toFile());
        builder.environment().keySet().removeIf(k -> k.equals("STORE") || k.equals("ADMIN_TOKEN")
                || k.equals("DATA_DIR") || k.equals("PORT") || k.startsWith("RATE_LIMIT"));
        builder.environment().put("PORT", "0");
        builder.environment().putAll(env);
        return new ServerProcess(builder.start());
    }

    /**
     * Starts an unpacked distribution's launcher in {@code workDir} with nothing of the caller's environment but
     * {@code env} (so no {@code PATH} or {@code JAVA_HOME} of the machine's), and waits until it listens.
     */
    static ServerProcess startedFromLauncher(Path launcher, Path workDir, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", launcher.toString()).directory(workDir.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        ServerProcess server = new ServerProcess(builder.start());
        server.awaitListening(Duration.ofSeconds(60));
        return server;
    }

    /** Starts the jar and waits until it listens; throws with everything it printed if it does not. */
    static ServerProcess started(Path workDir, Map<String, String> env) throws IOException {
        ServerProcess server = start(workDir, env);
        server.awaitListening(Duration.ofSeconds(60));
        return server;
    }

    private void read(InputStream stream, List<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                }
                Matcher matcher = PORT.matcher(line);
                if (matcher.find()) {
                    port.complete(Integer.parseInt(matcher.group(1)));
                }
            }
        } catch (IOException e) {
            // The process is gone; what it printed is kept.
        }
        if (lines == out) {
            port.completeExceptionally(new IllegalStateException("the server exited"));
        }
    }

    void awaitListening(Duration bound) {
        try {
            port.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new AssertionError("the server did not start within " + bound + ":\n" + output(), e);
        }
    }

    int port() {
        return port.join();
    }

    long pid() {
        return process.pid();
    }

    /** Everything printed so far, standard output then standard error. */
    String output() {
        return stdout() + "\n" + stderr();
    }

    String stdout() {
        synchronized (out) {
            return String.join("\n", out);
        }
    }

    String stderr() {
        synchronized (err) {
            return String.join("\n", err);
        }
    }

    Optional<String> adminToken() {
        Matcher matcher = ADMIN_TOKEN.matcher(stdout());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** SIGKILL: the JVM ends where it is, as in a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * SIGTERM, as an orchestrator stops a server. Through the process handle: {@link Process#destroy()} also closes
     * this side of the pipes, and what the server prints while it shuts down would be lost.
     */
    void terminate() {
        process.toHandle().destroy();
    }

    /**
     * Waits for the process to end and for everything it printed to be read; its exit code, or null if it still
     * runs after {@code bound}.
     */
    Integer awaitExit(Duration bound) throws InterruptedException {
        if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
            return null;
        }
        outReader.join(Duration.ofSeconds(10));
        errReader.join(Duration.ofSeconds(10));
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        process.toHandle().destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
