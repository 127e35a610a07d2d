package dev.inboundscim.adapter.in.http;

import dev.inboundscim.domain.error.BadRequestException;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies with a size cap, so an oversized body is refused before it is buffered. */
public final class RequestBodies {

    static final String UNREADABLE = "The request body could not be read: it ended before its declared length or "
            + "its chunked encoding is malformed";

    private RequestBodies() {
    }

    /** The body bytes (empty when none); throws {@link PayloadTooLargeException} past {@code limit}. */
    public static byte[] read(ServerRequest request, int limit) {
        return read(request, limit, "limit");
    }

    /** As {@link #read(ServerRequest, int)}; {@code limitName} names the limit in the 413's detail. */
    public static byte[] read(ServerRequest request, int limit, String limitName) {
        long declared = request.headers().first(HeaderNames.CONTENT_LENGTH).map(RequestBodies::parseLength)
                .orElse(-1L);
        if (declared > limit) {
            throw new PayloadTooLargeException(limitName, limit);
        }
        if (!request.content().hasEntity()) {
            return new byte[0];
        }
        byte[] bytes;
        try (InputStream in = request.content().inputStream()) {
            bytes = in.readNBytes(limit + 1);
        } catch (IOException | RuntimeException e) {
            // The client broke the framing: the body ended before its Content-Length, or a chunk header is not hex.
            // Helidon reports that as whatever its reader tripped on; to the client it is a malformed request.
            throw BadRequestException.invalidSyntax(UNREADABLE);
        }
        if (bytes.length > limit) {
            throw new PayloadTooLargeException(limitName, limit);
        }
        return bytes;
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw BadRequestException.invalidSyntax("Content-Length is not a number");
        }
    }

    /** The body exceeds the configured limit (HTTP 413). */
    public static final class PayloadTooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public PayloadTooLargeException(int limit) {
            this("limit", limit);
        }

        /** RFC 7644 §3.7.4: the detail names the limit ({@code maxPayloadSize}) and its value. */
        public PayloadTooLargeException(String limitName, int limit) {
            super("The request body exceeds the " + limitName + " of " + limit + " bytes", null, false, false);
        }
    }
}
