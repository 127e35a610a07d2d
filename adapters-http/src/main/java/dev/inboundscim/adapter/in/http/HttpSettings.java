package dev.inboundscim.adapter.in.http;

/**
 * HTTP-level settings.
 *
 * @param publicBaseUrl  base URL for {@code meta.location} and {@code Location} (no trailing slash); null derives it
 *                       from the request (a trusted proxy's forwarding headers, else its Host header)
 * @param maxBodyBytes   the largest request body accepted (SPEC §3: 1 MiB); larger ones get 413
 * @param trustedProxies the peers whose forwarding headers are believed (SPEC §7.4)
 */
public record HttpSettings(String publicBaseUrl, int maxBodyBytes, TrustedProxies trustedProxies) {

    public HttpSettings {
        if (publicBaseUrl != null) {
            publicBaseUrl = publicBaseUrl.isBlank() ? null : publicBaseUrl.replaceAll("/+$", "");
        }
        if (trustedProxies == null) {
            trustedProxies = TrustedProxies.NONE;
        }
    }

    /** Settings that trust no proxy. */
    public HttpSettings(String publicBaseUrl, int maxBodyBytes) {
        this(publicBaseUrl, maxBodyBytes, TrustedProxies.NONE);
    }
}
