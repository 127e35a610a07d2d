import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MongoDB stand-in the tests use (mongo-java-server, memory backend) as a process of its own, for
 * {@code bench/run --store mongo}: listens on a free loopback port, writes it to the file named by the first
 * argument, and serves until killed. It is not a real MongoDB: figures measured on it say how the adapter behaves,
 * not what a MongoDB server costs.
 */
public final class MongoStandIn {

    public static void main(String[] args) throws Exception {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        Files.writeString(Path.of(args[0]), Integer.toString(address.getPort()));
        Thread.currentThread().join();
    }
}
