package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.scim.bulk.BulkOperation;
import dev.inboundscim.domain.scim.bulk.BulkRequest;
import dev.inboundscim.domain.token.TokenSecret;
import java.util.List;
import java.util.Objects;

/**
 * SCIM POST /Bulk (RFC 7644 §3.7): runs each operation as the single request it stands for, through that request's
 * use case, after the rate limit and the scope check that request would meet, with its own log entry; resolves
 * {@code bulkId} references in dependency order and stops after {@code failOnErrors} errors.
 */
public interface ExecuteScimBulkUseCase {

    BulkResult execute(ExecuteScimBulkCommand command);

    /**
     * {@code secret} is the bulk request's token, which each operation presents again with its own scope;
     * {@code request} is how the bulk request itself is logged, whose client, address and path each operation's
     * entry shares ({@code request.path()} ends in {@code /Bulk}).
     */
    record ExecuteScimBulkCommand(ConnectionId connectionId, TokenSecret secret, BulkRequest bulk,
                                  RequestInfo request) {
        public ExecuteScimBulkCommand {
            Objects.requireNonNull(connectionId, "connectionId");
            Objects.requireNonNull(bulk, "bulk");
            Objects.requireNonNull(request, "request");
        }
    }

    /** The outcomes of the operations that ran, in request order (those after failOnErrors was reached are absent). */
    record BulkResult(List<OperationResult> operations) {
        public BulkResult {
            operations = List.copyOf(operations);
        }
    }

    /** What became of one operation; {@code request} is its own log entry's view of it. */
    sealed interface OperationResult {
        BulkOperation operation();

        RequestInfo request();

        /** The resource id the operation concerns with references resolved; null for a POST that created none. */
        String resourceId();
    }

    /** The operation succeeded; {@code version} is the resource's new version (null after a DELETE). */
    record Succeeded(BulkOperation operation, RequestInfo request, String resourceId, Long version)
            implements OperationResult {
    }

    /** The operation failed with {@code error}, as the single request would have; nothing of it was kept. */
    record Failed(BulkOperation operation, RequestInfo request, String resourceId, RuntimeException error)
            implements OperationResult {
    }

    /**
     * The connection's rate limit refused the operation (SPEC §7.1); {@code record} says whether this refusal gets
     * its own failure entry, sampled as single requests' are.
     */
    record Throttled(BulkOperation operation, RequestInfo request, String resourceId, int retryAfterSeconds,
                     boolean record) implements OperationResult {
    }
}
