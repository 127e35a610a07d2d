package dev.inboundscim.domain.scim.paging;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.paging.PagePosition.SortValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;

/**
 * An RFC 9865 cursor that carries a {@link PagePosition} instead of an offset (issue 20), bound to its query by the
 * same fingerprint as {@link PageCursor}, and checksummed, so a cursor that was edited, truncated or issued for
 * another query is {@code invalidCursor} rather than a wrong page. Opaque to clients.
 */
public record KeysetCursor(PagePosition position, int fingerprint) {

    private static final String PREFIX = "v2:";
    /** Digits and exponent a number in a cursor may have: more than any sort value a store hands out. */
    private static final int MAX_DIGITS = 1000;

    /** The cursor a client sent; an empty one starts cursor paging at the beginning (RFC 9865 §2.1). */
    public static KeysetCursor parse(String text, int fingerprint) {
        if (text == null || text.isEmpty()) {
            return new KeysetCursor(null, fingerprint);
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int check = decoded.lastIndexOf(':');
            if (!decoded.startsWith(PREFIX) || check < 0
                    || !Long.toHexString(checksum(decoded.substring(0, check))).equals(decoded.substring(check + 1))) {
                throw BadRequestException.invalidCursor("the cursor was not issued by this server");
            }
            String[] parts = decoded.substring(PREFIX.length(), check).split(":", -1);
            if (parts.length != 4) {
                throw BadRequestException.invalidCursor("the cursor was not issued by this server");
            }
            if (Integer.parseInt(parts[0]) != fingerprint) {
                throw BadRequestException.invalidCursor("the cursor belongs to another query");
            }
            long seq = Long.parseLong(parts[1]);
            String value = new String(Base64.getUrlDecoder().decode(parts[3]), StandardCharsets.UTF_8);
            SortValue sortValue = switch (parts[2]) {
                case "c" -> null;
                case "m" -> new SortValue.Missing();
                case "t" -> new SortValue.Text(value);
                case "n" -> new SortValue.Number(boundedNumber(value));
                default -> throw BadRequestException.invalidCursor("the cursor was not issued by this server");
            };
            return new KeysetCursor(new PagePosition(seq, sortValue), fingerprint);
        } catch (IllegalArgumentException e) {
            throw BadRequestException.invalidCursor("the cursor was not issued by this server");
        }
    }

    /** The position to read after, or null to read from the start. */
    public PagePosition after() {
        return position;
    }

    /**
     * The checksum is no secret, so a forged cursor may carry any number: one no store can compare with (a huge
     * exponent) would otherwise fail the query instead of being refused.
     */
    private static BigDecimal boundedNumber(String text) {
        BigDecimal number = new BigDecimal(text);
        if (number.precision() > MAX_DIGITS || Math.abs(number.scale()) > MAX_DIGITS) {
            throw BadRequestException.invalidCursor("the cursor was not issued by this server");
        }
        return number;
    }

    public String encode() {
        SortValue value = position.value();
        String tag = switch (value) {
            case null -> "c";
            case SortValue.Missing m -> "m";
            case SortValue.Text t -> "t";
            case SortValue.Number n -> "n";
        };
        String text = switch (value) {
            case SortValue.Text t -> t.text();
            case SortValue.Number n -> n.number().toString();
            case null, default -> "";
        };
        String body = PREFIX + fingerprint + ":" + position.seq() + ":" + tag + ":"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        String signed = body + ":" + Long.toHexString(checksum(body));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed.getBytes(StandardCharsets.UTF_8));
    }

    /** Detects edits and truncation; the fingerprint binds the query, and the token the connection. */
    private static long checksum(String body) {
        CRC32 crc = new CRC32();
        crc.update(("inbound-scim-cursor:" + body).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
