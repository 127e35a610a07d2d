package dev.inboundscim.adapter.in.http;

/**
 * HTTP-level settings.
 *
 * @param publicBaseUrl base URL for {@code meta.location} and {@code Location} (no trailing slash); null derives it
 *                      from the request's Host header
 * @param maxBodyBytes  the largest request body accepted (SPEC §3: 1 MiB); larger ones get 413
 */
public record HttpSettings(String publicBaseUrl, int maxBodyBytes) {

    public HttpSettings {
        if (publicBaseUrl != null) {
            publicBaseUrl = publicBaseUrl.isBlank() ? null : publicBaseUrl.replaceAll("/+$", "");
        }
    }
}
