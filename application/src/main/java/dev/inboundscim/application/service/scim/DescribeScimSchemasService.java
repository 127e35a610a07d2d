package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.application.port.in.scim.DescribeScimSchemasUseCase;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.log.LogWriter;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.mapping.MappedSchemas;
import dev.inboundscim.domain.scim.schema.DiscoverySchemas;
import dev.inboundscim.domain.scim.schema.GroupSchemas;
import dev.inboundscim.domain.scim.schema.ResourceSchema;
import dev.inboundscim.domain.scim.schema.RoleSchemas;
import java.util.ArrayList;
import java.util.List;

/** Publishes the schemas this connection's mapping handles. */
public final class DescribeScimSchemasService implements DescribeScimSchemasUseCase {

    private final LogWriter logs;
    private final LogEntries entries;

    public DescribeScimSchemasService(LogWriter logs, LogEntries entries) {
        this.logs = logs;
        this.entries = entries;
    }

    @Override
    public List<ResourceSchema> describe(ScimContext context, RequestInfo request) {
        logs.append(entries.scimSuccess(context.connection().id().value(), request, "Get schemas", null));
        List<ResourceSchema> schemas = new ArrayList<>(MappedSchemas.of(context.configuration().mapping()));
        schemas.add(GroupSchemas.CORE);
        schemas.add(RoleSchemas.CORE);
        schemas.addAll(DiscoverySchemas.ALL);
        return schemas;
    }
}
