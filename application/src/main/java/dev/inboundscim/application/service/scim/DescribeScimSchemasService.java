package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.application.port.in.scim.DescribeScimSchemasUseCase;
import dev.inboundscim.application.service.log.LogWriter;
import dev.inboundscim.application.service.log.ScimLogEntries;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.mapping.MappedSchemas;
import dev.inboundscim.domain.scim.schema.GroupSchemas;
import dev.inboundscim.domain.scim.schema.ResourceSchema;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Publishes the schemas this connection's mapping handles. */
public final class DescribeScimSchemasService implements DescribeScimSchemasUseCase {

    private final LogWriter logs;
    private final Clock clock;

    public DescribeScimSchemasService(LogWriter logs, Clock clock) {
        this.logs = logs;
        this.clock = clock;
    }

    @Override
    public List<ResourceSchema> describe(ScimContext context, RequestInfo request) {
        logs.append(ScimLogEntries.success(context.connection().id().value(), request, "Get schemas", null,
                clock.instant()));
        List<ResourceSchema> schemas = new ArrayList<>(MappedSchemas.of(context.configuration().mapping()));
        schemas.add(GroupSchemas.CORE);
        return schemas;
    }
}
