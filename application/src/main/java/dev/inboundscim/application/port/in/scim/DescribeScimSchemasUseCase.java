package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.scim.schema.ResourceSchema;
import java.util.List;

/** The User schemas trimmed to what this connection's mapping handles (SPEC §3 {@code /Schemas}). */
public interface DescribeScimSchemasUseCase {

    List<ResourceSchema> describe(ScimContext context, RequestInfo request);
}
