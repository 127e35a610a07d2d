package dev.inboundscim.adapter.out.http;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 connection to an {@link Origin}, plain or TLS (the server's name verified against its certificate, as
 * browsers do), carrying one request at a time and kept open between them.
 */
final class Http1Connection implements AutoCloseable {

    private final Origin origin;
    private final Socket socket;
    private final OutputStream out;
    private final ResponseReader reader;
    private volatile boolean closed;
    private long idleSince;

    private Http1Connection(Origin origin, Socket socket) throws IOException {
        this.origin = origin;
        this.socket = socket;
        this.out = new BufferedOutputStream(socket.getOutputStream(), 8 * 1024);
        // A plain channel's socket closed by the watchdog ends a blocked read at once; a TLS socket's close goes
        // through its record layer (close_notify, its locks) first, so its reads keep a timeout of their own.
        this.reader = new ResponseReader(socket, origin.tls());
    }

    /**
     * A new connection, connected (and its TLS handshake done) within {@code connectTimeout} and the deadline. Its
     * socket is a channel's, so an interrupt closes it on a platform thread (event streams' POSTs run on those) as on
     * a virtual one.
     */
    static Http1Connection open(Origin origin, SSLSocketFactory tls, Duration connectTimeout, long deadline)
            throws IOException {
        Socket plain = SocketChannel.open().socket();
        try {
            plain.setTcpNoDelay(true);
            plain.connect(new InetSocketAddress(origin.address(), origin.port()),
                    millis(Math.min(connectTimeout.toNanos(), deadline - System.nanoTime())));
            return new Http1Connection(origin, origin.tls() ? handshake(plain, origin, tls, deadline) : plain);
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    private static Socket handshake(Socket plain, Origin origin, SSLSocketFactory tls, long deadline)
            throws IOException {
        SSLSocket socket = (SSLSocket) tls.createSocket(plain, origin.address(), origin.port(), true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!origin.literal()) {
            parameters.setServerNames(List.of(new SNIHostName(origin.address())));
        }
        socket.setSSLParameters(parameters);
        socket.setSoTimeout(millis(deadline - System.nanoTime()));
        socket.startHandshake();
        return socket;
    }

    private static int millis(long nanos) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, nanos / 1_000_000));
    }

    Origin origin() {
        return origin;
    }

    /** Sends a request whose head and body are ready, and reads its answer before {@code deadline}. */
    ResponseReader.Response exchange(byte[] head, byte[] body, int maxBody, long deadline) throws IOException {
        out.write(head);
        out.write(body);
        out.flush();
        return reader.read(maxBody, deadline);
    }

    /** Whether the receiver sent anything for the last request (before that, a failure may be a stale connection). */
    boolean answered() {
        return reader.answered();
    }

    boolean closed() {
        return closed;
    }

    long idleSince() {
        return idleSince;
    }

    void idleSince(long nanos) {
        idleSince = nanos;
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is all that was asked; a socket that fails to close is gone anyway.
        }
    }
}
