package dev.inboundscim.bootstrap;

import java.io.IOException;
import java.io.InputStream;

/**
 * The main class of a {@link NodeProcess}: the server's own {@code main}, plus two things only tests need. The node
 * ends when its standard input closes, which happens when the test JVM stops it or dies in any way (even SIGKILL:
 * the kernel closes the pipe), so no node outlives the test JVM. And the store adapters' shard-key checks of the
 * test JVM run here too (docs/scaling.md), as they did when the nodes ran inside the test JVM.
 */
final class NodeProcessMain {

    private NodeProcessMain() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        Thread.ofPlatform().daemon().name("end-with-test-jvm").start(() -> endAtEndOf(System.in));
        // Initialising these classes installs the checks (their static blocks); it starts no database.
        ClassLoader loader = NodeProcessMain.class.getClassLoader();
        Class.forName("dev.inboundscim.adapter.out.postgres.TestDatabases", true, loader);
        Class.forName("dev.inboundscim.adapter.out.mongo.TestMongo", true, loader);
        InboundScimServer.main(args);
    }

    private static void endAtEndOf(InputStream in) {
        try {
            while (in.read() != -1) {
                // Nothing is sent; only the end matters.
            }
        } catch (IOException e) {
            // A broken pipe is an end too.
        }
        // Halt, not exit: the server's shutdown hook would drain for a test JVM that no longer listens.
        Runtime.getRuntime().halt(0);
    }
}
