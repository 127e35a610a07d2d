package dev.inboundscim.domain.event;

import dev.inboundscim.domain.error.BadRequestException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/** Where a stream's events go: pushed to a webhook, or kept for the receiver to poll (RFC 8936). */
public sealed interface EventDestination {

    String wireType();

    /**
     * Events POSTed to {@code url}; {@code authorization} (null: none) is sent as the {@code Authorization} header
     * and is a secret: stored, never shown again. With {@code batch}, CloudEvents go in CloudEvents' batched content
     * mode, one JSON array per request (a receiver taking thousands of events a second pays one request per hundred).
     */
    record Webhook(URI url, String authorization, boolean batch) implements EventDestination {

        private static final int MAX_AUTHORIZATION_LENGTH = 4096;

        public Webhook {
            Objects.requireNonNull(url, "url");
        }

        /** A webhook that takes one event per request. */
        public Webhook(URI url, String authorization) {
            this(url, authorization, false);
        }

        @Override
        public String wireType() {
            return "webhook";
        }

        /** Validates client input: an absolute http(s) URL, a header value without line breaks. */
        public static Webhook of(String url, String authorization, boolean batch) {
            return new Webhook(url(url), authorization(authorization), batch);
        }

        private static URI url(String text) {
            if (text == null || text.isBlank()) {
                throw BadRequestException.invalidValue("destination.url is required for a webhook");
            }
            try {
                URI uri = new URI(text.trim());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    throw BadRequestException.invalidValue("destination.url must be an absolute http or https URL");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw BadRequestException.invalidValue("destination.url is not a valid URL");
            }
        }

        private static String authorization(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            // A line break would let the value smuggle further headers into every delivery request.
            if (value.length() > MAX_AUTHORIZATION_LENGTH || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw BadRequestException.invalidValue("destination.authorization must be a single-line header "
                        + "value of at most " + MAX_AUTHORIZATION_LENGTH + " characters");
            }
            return value;
        }
    }

    /** Events kept until the receiver acknowledges them through the poll endpoint (RFC 8936). */
    record Poll() implements EventDestination {
        @Override
        public String wireType() {
            return "poll";
        }
    }
}
