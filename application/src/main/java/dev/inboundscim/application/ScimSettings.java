package dev.inboundscim.application;

/**
 * Tunables of the SCIM endpoint that use cases need.
 *
 * @param maxResults   the most resources one list response returns (SPEC §3, default 1000)
 * @param defaultCount the page size when a client sends no {@code count}
 * @param tenantName   shown as {@code tenant_name} by the Management API
 */
public record ScimSettings(int maxResults, int defaultCount, String tenantName) {

    public static final ScimSettings DEFAULTS = new ScimSettings(1000, 100, "default");

    public ScimSettings {
        if (maxResults < 1 || defaultCount < 0) {
            throw new IllegalArgumentException("maxResults must be positive and defaultCount not negative");
        }
        defaultCount = Math.min(defaultCount, maxResults);
    }
}
