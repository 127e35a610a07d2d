package dev.inboundscim.application.port.in.log;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;

/** Writes the {@code sscim} entry of a SCIM request that changed nothing (discovery reads). */
public interface RecordScimSuccessUseCase {

    void record(ScimContext context, RequestInfo request, String description);
}
