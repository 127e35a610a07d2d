package dev.inboundscim.adapter.in.http.scim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.application.port.in.log.RecordScimSuccessUseCase;
import dev.inboundscim.application.port.in.scim.DescribeAuthenticationUseCase;
import dev.inboundscim.application.port.in.scim.DescribeScimSchemasUseCase;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.mapping.MappedSchemas;
import dev.inboundscim.domain.scim.path.SchemaUrns;
import dev.inboundscim.domain.scim.schema.DiscoverySchemas;
import dev.inboundscim.domain.scim.schema.GroupSchemas;
import dev.inboundscim.domain.scim.schema.ResourceSchema;
import dev.inboundscim.domain.scim.schema.RoleSchemas;
import io.helidon.http.Method;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The discovery endpoints (RFC 7644 §4): any valid token may read them; other methods get 405; the schemas reflect
 * the connection's mapping. Also answers unknown SCIM paths with a SCIM 404.
 */
public final class ScimDiscoveryRoutes {

    private static final Set<Method> READ_ONLY_METHODS = Set.of(Method.POST, Method.PUT, Method.PATCH, Method.DELETE);

    private final ScimExchange exchange;
    private final DescribeScimSchemasUseCase describeSchemas;
    private final RecordScimSuccessUseCase recordSuccess;
    private final DescribeAuthenticationUseCase describeAuthentication;
    private final int maxResults;
    private final BulkLimits bulkLimits;

    ScimDiscoveryRoutes(ScimExchange exchange, DescribeScimSchemasUseCase describeSchemas,
                        RecordScimSuccessUseCase recordSuccess, DescribeAuthenticationUseCase describeAuthentication,
                        int maxResults, BulkLimits bulkLimits) {
        this.exchange = exchange;
        this.describeSchemas = describeSchemas;
        this.describeAuthentication = describeAuthentication;
        this.recordSuccess = recordSuccess;
        this.maxResults = maxResults;
        this.bulkLimits = bulkLimits;
    }

    /**
     * The handler of {@code method} on a discovery {@code path}, or null when the path is none. Discovery endpoints
     * are read-only: any other method is answered 405.
     */
    ScimRoute route(Method method, ScimPath path) {
        ScimRoute get = switch (path.endpoint()) {
            case "ServiceProviderConfig" -> path.isEndpoint() ? this::serviceProviderConfig : null;
            case "ResourceTypes" -> path.isEndpoint() ? this::resourceTypes
                    : path.isSingleSegment() ? this::resourceType : null;
            case "Schemas" -> path.isEndpoint() ? this::schemas : path.isSingleSegment() ? this::schema : null;
            default -> null;
        };
        if (get == null || Method.GET.equals(method)) {
            return get;
        }
        return READ_ONLY_METHODS.contains(method)
                ? (p, request, response) -> exchange.reject(p, request, response, 405,
                        "Discovery endpoints are read-only")
                : null;
    }

    private void serviceProviderConfig(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.DISCOVERY, (context, call) -> {
            recordSuccess.record(context, call.info(), "Get service provider config");
            call.respond(200, ScimSchemaDocuments.serviceProviderConfig(endpoint(call, context), maxResults, bulkLimits,
                    describeAuthentication.offersTokenEndpoint(context.connection().id())));
        });
    }

    private void resourceTypes(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.DISCOVERY, (context, call) -> {
            recordSuccess.record(context, call.info(), "Get resource types");
            ArrayNode resources = JsonNodeFactory.instance.arrayNode();
            resources.add(ScimSchemaDocuments.userResourceType(endpoint(call, context), userExtensions(context)));
            resources.add(ScimSchemaDocuments.groupResourceType(endpoint(call, context)));
            resources.add(ScimSchemaDocuments.roleResourceType(endpoint(call, context)));
            call.respond(200, ListResponse.whole(resources.size()).with(resources));
        });
    }

    private void resourceType(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.DISCOVERY, (context, call) -> {
            ObjectNode type = switch (call.resource()) {
                case "User" -> ScimSchemaDocuments.userResourceType(endpoint(call, context), userExtensions(context));
                case "Group" -> ScimSchemaDocuments.groupResourceType(endpoint(call, context));
                case "Role" -> ScimSchemaDocuments.roleResourceType(endpoint(call, context));
                default -> throw new NotFoundException("No such resource type");
            };
            recordSuccess.record(context, call.info(), "Get resource type");
            call.respond(200, type);
        });
    }

    private void schemas(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.DISCOVERY, (context, call) -> {
            ArrayNode resources = JsonNodeFactory.instance.arrayNode();
            describeSchemas.describe(context, call.info())
                    .forEach(s -> resources.add(ScimSchemaDocuments.schema(s, endpoint(call, context))));
            call.respond(200, ListResponse.whole(resources.size()).with(resources));
        });
    }

    private void schema(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.DISCOVERY, (context, call) -> {
            String urn = call.resource();
            // Look up before describing: describe() writes the success log entry.
            ResourceSchema schema = Stream.of(MappedSchemas.of(context.configuration().mapping()).stream(),
                            Stream.of(GroupSchemas.CORE, RoleSchemas.CORE), DiscoverySchemas.ALL.stream())
                    .flatMap(s -> s)
                    .filter(s -> s.id().equalsIgnoreCase(urn)).findFirst()
                    .orElseThrow(() -> new NotFoundException("No such schema"));
            describeSchemas.describe(context, call.info());
            call.respond(200, ScimSchemaDocuments.schema(schema, endpoint(call, context)));
        });
    }

    /** The User extensions the connection's mapping keeps attributes of (enterprise, declared ones). */
    private static List<ResourceSchema> userExtensions(ScimContext context) {
        return MappedSchemas.of(context.configuration().mapping()).stream()
                .filter(schema -> !schema.id().equals(SchemaUrns.CORE_USER)).toList();
    }

    private static String endpoint(ScimExchange.Call call, ScimContext context) {
        return call.baseUrl() + "/scim/v2/connections/" + context.connection().id().value();
    }
}
