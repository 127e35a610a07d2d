package dev.inboundscim.adapter.in.http.scim;

/**
 * The limits of {@code POST /Bulk} that {@code /ServiceProviderConfig} advertises and the endpoint enforces with 413
 * (RFC 7644 §3.7.4).
 *
 * @param maxOperations  the most operations one bulk request may carry
 * @param maxPayloadSize the largest bulk request body, in bytes
 */
public record BulkLimits(int maxOperations, int maxPayloadSize) {

    public BulkLimits {
        if (maxOperations < 1 || maxPayloadSize < 1) {
            throw new IllegalArgumentException("bulk limits must be positive");
        }
    }
}
