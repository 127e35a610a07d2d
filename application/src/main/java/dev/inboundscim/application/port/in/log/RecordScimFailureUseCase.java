package dev.inboundscim.application.port.in.log;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.log.RequestInfo;

/** Writes the {@code fscim} entry of a SCIM request that failed (nothing it tried to change was kept). */
public interface RecordScimFailureUseCase {

    void record(RecordScimFailureCommand command);

    /**
     * {@code connectionId} null: the path named no connection that could exist. {@code userId} is the user id as the
     * request's path named it, kept as text because the entry records even one that cannot name a user.
     */
    record RecordScimFailureCommand(ConnectionId connectionId, RequestInfo request, int status, String detail,
                                    String userId) {
    }
}
