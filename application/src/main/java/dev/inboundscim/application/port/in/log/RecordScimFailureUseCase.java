package dev.inboundscim.application.port.in.log;

import dev.inboundscim.domain.log.RequestInfo;

/** Writes the {@code fscim} entry of a SCIM request that failed (nothing it tried to change was kept). */
public interface RecordScimFailureUseCase {

    void record(RecordScimFailureCommand command);

    record RecordScimFailureCommand(String connectionId, RequestInfo request, int status, String detail,
                                    String userId) {
    }
}
