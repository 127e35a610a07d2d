package dev.inboundscim.domain.scim.bulk;

import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.token.Scope;
import java.util.Objects;

/**
 * One operation of a bulk request (RFC 7644 §3.7), as the single request it stands for.
 *
 * @param index      its position in the request's {@code Operations}, for messages and the response order
 * @param bulkId     the client's name for the resource a POST creates (required there), else null
 * @param version    the entity tag the resource must still have ({@code If-Match}), or null
 * @param resourceId the id the path names under the endpoint, possibly a {@code bulkId:} reference; null for POST
 * @param data       the request body; empty for DELETE
 */
public record BulkOperation(int index, BulkMethod method, String bulkId, String version, BulkResource resource,
                            String resourceId, ScimObject data) {

    public BulkOperation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(data, "data");
    }

    /** The scope the token must grant for this operation, as for the single request. */
    public Scope scope() {
        return resource.scope(method);
    }

    /** The path as the client would have sent it alone, relative to the connection's SCIM root. */
    public String path() {
        return "/" + resource.endpoint() + (resourceId == null ? "" : "/" + resourceId);
    }
}
