package dev.inboundscim.adapter.out.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Locale;

/**
 * Reads HTTP/1.1 responses (RFC 9112) from one connection: interim 1xx answers skipped, the body framed by chunked
 * coding, {@code Content-Length} or the connection's end, and read whole so the connection can carry the next
 * request. Every read is bounded: a line, the header count, the whole exchange's time (each read waits at most what
 * is left of it, or, on a plain connection, {@link ExchangeWatchdog} closing the socket at the deadline), and the
 * body (past {@link #MAX_DRAIN} the connection is dropped, not drained). What the receiver sent never reaches an
 * exception's message.
 */
final class ResponseReader {

    /** The receiver's status, at most {@code maxBody} bytes of its body (none when longer), and whether the
     * connection may carry another request. */
    record Response(int status, byte[] body, boolean reusable) {
    }

    private static final int MAX_LINE = 8 * 1024;
    private static final int MAX_HEADERS = 128;
    private static final int MAX_INTERIM = 8;
    private static final long MAX_DRAIN = 1024 * 1024;

    private final Socket socket;
    private final boolean timedReads;
    private final InputStream in;
    private final byte[] buffer = new byte[8 * 1024];
    private final StringBuilder line = new StringBuilder(128);
    private int position;
    private int limit;
    private long deadline;
    private boolean answered;

    /**
     * With {@code timedReads} false, a read waits until the answer comes or the socket closes: the caller's watchdog
     * must close it at the deadline. A channel's socket read with a timeout on a platform thread makes up to seven
     * system calls instead of one (two to turn the socket non-blocking, a read, a poll, a read again, two to turn it
     * back): about 5–10 µs of CPU per POST in bench/events --drain. A channel's socket closed by another thread ends
     * its blocked read at once.
     */
    ResponseReader(Socket socket, boolean timedReads) throws IOException {
        this.socket = socket;
        this.timedReads = timedReads;
        this.in = socket.getInputStream();
    }

    /** Whether any byte of an answer arrived since the last {@link #read}: before it, a failure may be a stale
     * connection the receiver closed while it was idle. */
    boolean answered() {
        return answered;
    }

    /** The next final response, read before {@code deadline} ({@link System#nanoTime()}). */
    Response read(int maxBody, long deadline) throws IOException {
        this.deadline = deadline;
        this.answered = false;
        Head head = head();
        for (int interim = 0; head.status() / 100 == 1; interim++) {
            if (head.status() == 101 || interim == MAX_INTERIM) {
                throw new ProtocolException("an interim answer that does not end");
            }
            head = head();
        }
        Body body = new Body(maxBody);
        boolean complete;
        if (head.status() == 204 || head.status() == 304) {
            complete = true;
        } else if (head.chunked()) {
            complete = chunked(body);
        } else if (head.length() >= 0) {
            complete = fixed(body, head.length());
        } else {
            untilEnd(body);
            complete = false;
        }
        // Bytes after the answer were not asked for: the connection's framing can no longer be trusted.
        return new Response(head.status(), body.bytes(), complete && head.reusable() && position == limit);
    }

    private record Head(int status, long length, boolean chunked, boolean reusable) {
    }

    private Head head() throws IOException {
        String statusLine = line();
        if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.") || statusLine.charAt(8) != ' '
                || (statusLine.length() > 12 && statusLine.charAt(12) != ' ')) {
            throw new ProtocolException("not an HTTP/1.x status line");
        }
        int status = digits(statusLine.substring(9, 12));
        if (status < 100) {
            throw new ProtocolException("not an HTTP/1.x status line");
        }
        // An HTTP/1.0 answer is read to the connection's end unless it framed itself, and never reused.
        boolean reusable = statusLine.charAt(7) == '1';
        long length = -1;
        boolean chunked = false;
        boolean otherCoding = false;
        for (int count = 0; ; count++) {
            String header = line();
            if (header.isEmpty()) {
                break;
            }
            int colon = header.indexOf(':');
            if (count == MAX_HEADERS || colon <= 0 || header.charAt(0) == ' ' || header.charAt(0) == '\t') {
                throw new ProtocolException("a malformed or excessive header");
            }
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                long declared = length(value);
                if (length >= 0 && length != declared) {
                    throw new ProtocolException("conflicting Content-Length headers");
                }
                length = declared;
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                String codings = value.toLowerCase(Locale.ROOT);
                chunked = codings.endsWith("chunked");
                otherCoding |= !codings.equals("chunked");
            } else if (name.equalsIgnoreCase("Connection") && value.toLowerCase(Locale.ROOT).contains("close")) {
                reusable = false;
            }
        }
        if (chunked || otherCoding) {
            // RFC 9112 §6.3: a transfer coding overrides Content-Length, and such a message ends the connection
            // unless chunked is its only coding and it came without a length that contradicts it.
            reusable &= chunked && !otherCoding && length < 0;
            length = -1;
        }
        return new Head(status, otherCoding && !chunked ? -1 : length, chunked, reusable);
    }

    private boolean chunked(Body body) throws IOException {
        while (true) {
            String sizeLine = line();
            int extension = sizeLine.indexOf(';');
            String hex = (extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim();
            if (hex.isEmpty() || hex.length() > 15) {
                throw new ProtocolException("a malformed chunk size");
            }
            long size;
            try {
                size = Long.parseLong(hex, 16);
            } catch (NumberFormatException e) {
                throw new ProtocolException("a malformed chunk size");
            }
            if (size == 0) {
                for (int count = 0; !line().isEmpty(); count++) {
                    if (count == MAX_HEADERS) {
                        throw new ProtocolException("excessive trailers");
                    }
                }
                return true;
            }
            if (!fixed(body, size)) {
                return false;
            }
            if (!line().isEmpty()) {
                throw new ProtocolException("a chunk longer than its size");
            }
        }
    }

    /** Reads {@code length} bytes into {@code body}; false when it stopped at {@link #MAX_DRAIN}. */
    private boolean fixed(Body body, long length) throws IOException {
        long left = length;
        while (left > 0) {
            if (body.read() >= MAX_DRAIN) {
                return false;
            }
            fill();
            int n = (int) Math.min(left, limit - position);
            body.add(buffer, position, n);
            position += n;
            left -= n;
        }
        return true;
    }

    private void untilEnd(Body body) throws IOException {
        while (body.read() < MAX_DRAIN && (position < limit || more())) {
            body.add(buffer, position, limit - position);
            position = limit;
        }
    }

    /** A line without its CR LF, in ISO-8859-1 (header values are bytes). */
    private String line() throws IOException {
        line.setLength(0);
        while (true) {
            fill();
            byte b = buffer[position++];
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() == MAX_LINE) {
                throw new ProtocolException("a line longer than " + MAX_LINE + " bytes");
            }
            line.append((char) (b & 0xff));
        }
    }

    /** At least one unread byte in the buffer, or an EOFException. */
    private void fill() throws IOException {
        if (position == limit && !more()) {
            throw new EOFException(answered ? "the answer ended early" : "the connection closed without an answer");
        }
    }

    private boolean more() throws IOException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("the exchange's time is up");
        }
        socket.setSoTimeout(timedReads ? (int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000)) : 0);
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        answered = true;
        position = 0;
        limit = n;
        return true;
    }

    private static int digits(String text) throws ProtocolException {
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new ProtocolException("not an HTTP/1.x status line");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static long length(String value) throws ProtocolException {
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ProtocolException("a malformed Content-Length");
        }
        return Long.parseLong(value);
    }

    /** The body's first {@code maxBody + 1} bytes kept, the rest counted and dropped. */
    private static final class Body {
        private final int maxBody;
        private final ByteArrayOutputStream kept;
        private long read;

        Body(int maxBody) {
            this.maxBody = maxBody;
            this.kept = maxBody == 0 ? null : new ByteArrayOutputStream(Math.min(maxBody + 1, 1024));
        }

        long read() {
            return read;
        }

        void add(byte[] bytes, int offset, int length) {
            if (kept != null && read <= maxBody) {
                kept.write(bytes, offset, (int) Math.min(length, maxBody + 1 - read));
            }
            read += length;
        }

        byte[] bytes() {
            return kept == null || read > maxBody ? new byte[0] : kept.toByteArray();
        }
    }
}
