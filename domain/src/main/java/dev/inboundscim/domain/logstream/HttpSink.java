package dev.inboundscim.domain.logstream;

import dev.inboundscim.domain.error.BadRequestException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a stream posts its entries. {@code authorization} is sent as the {@code Authorization} header value and is a
 * secret: it is stored but never shown again.
 */
public record HttpSink(URI endpoint, String authorization, ContentFormat format) {

    private static final int MAX_AUTHORIZATION_LENGTH = 4096;

    public HttpSink {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(format, "format");
    }

    /** Validates client input: an absolute http(s) URL, a header value without line breaks. */
    public static HttpSink of(String endpoint, String authorization, ContentFormat format) {
        return new HttpSink(endpoint(endpoint), authorization(authorization), format);
    }

    public static URI endpoint(String text) {
        if (text == null || text.isBlank()) {
            throw BadRequestException.invalidValue("sink.httpEndpoint is required");
        }
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw BadRequestException.invalidValue("sink.httpEndpoint must be an absolute http or https URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw BadRequestException.invalidValue("sink.httpEndpoint is not a valid URL");
        }
    }

    public static String authorization(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        // A line break would let the value smuggle further headers into every delivery request.
        if (value.length() > MAX_AUTHORIZATION_LENGTH || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw BadRequestException.invalidValue("sink.httpAuthorization must be a single-line header value of "
                    + "at most " + MAX_AUTHORIZATION_LENGTH + " characters");
        }
        return value;
    }
}
