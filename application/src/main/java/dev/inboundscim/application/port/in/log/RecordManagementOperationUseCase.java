package dev.inboundscim.application.port.in.log;

import dev.inboundscim.domain.log.RequestInfo;

/** Writes the audit entry of a Management API write: {@code sapi} when it succeeded, {@code fapi} when not. */
public interface RecordManagementOperationUseCase {

    void record(RecordManagementOperationCommand command);

    /**
     * {@code connectionId}: the connection the path names (as written, when well-formed), or null. {@code
     * authenticated}: whether the request carried the admin token; failures of requests that did not are sampled, so
     * anonymous clients cannot fill the log store.
     */
    record RecordManagementOperationCommand(String connectionId, RequestInfo request, int status,
                                            boolean authenticated) {
    }
}
