package dev.inboundscim.domain.scim.paging;

import dev.inboundscim.domain.error.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * An RFC 9865 pagination cursor: where the next page starts, bound to the query it was issued for (a fingerprint of
 * connection, filter and sort), so a cursor replayed with another query is {@code invalidCursor}, not a wrong page.
 * Opaque to clients; it positions by offset in the query's stable order.
 */
public record PageCursor(long offset, int fingerprint) {

    private static final String PREFIX = "v1:";

    public PageCursor {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
    }

    /** The fingerprint of a query: the cursor's parts that must not change between pages. */
    public static int fingerprint(String connectionId, String filter, String sortBy, String sortOrder) {
        return Objects.hash(connectionId, filter == null ? "" : filter.trim(), sortBy == null ? "" : sortBy,
                sortOrder == null ? "" : sortOrder);
    }

    /** The cursor a client sent: an empty value starts cursor paging (RFC 9865 §2.1). */
    public static PageCursor parse(String text, int fingerprint) {
        if (text == null || text.isEmpty()) {
            return new PageCursor(0, fingerprint);
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
            if (!decoded.startsWith(PREFIX)) {
                throw BadRequestException.invalidCursor("the cursor was not issued by this server");
            }
            String[] parts = decoded.substring(PREFIX.length()).split(":");
            PageCursor cursor = new PageCursor(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
            if (parts.length != 2 || cursor.fingerprint != fingerprint) {
                throw BadRequestException.invalidCursor("the cursor belongs to another query");
            }
            return cursor;
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw BadRequestException.invalidCursor("the cursor was not issued by this server");
        }
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + offset + ":" + fingerprint).getBytes(StandardCharsets.US_ASCII));
    }
}
