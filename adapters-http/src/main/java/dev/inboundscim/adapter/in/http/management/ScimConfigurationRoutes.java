package dev.inboundscim.adapter.in.http.management;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.adapter.in.http.management.Dtos.DefaultMappingResponse;
import dev.inboundscim.adapter.in.http.management.Dtos.RoleMappingJson;
import dev.inboundscim.adapter.in.http.management.Dtos.ScimConfigurationListResponse;
import dev.inboundscim.adapter.in.http.management.Dtos.ScimConfigurationRequest;
import dev.inboundscim.application.port.in.scimconfig.CreateScimConfigurationUseCase.CreateScimConfigurationCommand;
import dev.inboundscim.application.port.in.scimconfig.CreateScimConfigurationUseCase;
import dev.inboundscim.application.port.in.scimconfig.DeleteScimConfigurationUseCase;
import dev.inboundscim.application.port.in.scimconfig.GetDefaultMappingUseCase;
import dev.inboundscim.application.port.in.scimconfig.GetScimConfigurationUseCase;
import dev.inboundscim.application.port.in.scimconfig.ListScimConfigurationsUseCase.ScimConfigurationPage;
import dev.inboundscim.application.port.in.scimconfig.ListScimConfigurationsUseCase;
import dev.inboundscim.application.port.in.scimconfig.UpdateScimConfigurationUseCase.RateLimitUpdate;
import dev.inboundscim.application.port.in.scimconfig.UpdateScimConfigurationUseCase.UpdateScimConfigurationCommand;
import dev.inboundscim.application.port.in.scimconfig.UpdateScimConfigurationUseCase;
import dev.inboundscim.domain.connection.RateLimit;
import dev.inboundscim.domain.connection.RoleMapping;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.mapping.RawMappingPair;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimValue;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.List;

/** {@code /api/v2/connections/{id}/scim-configuration} and {@code /api/v2/connections-scim-configurations}. */
final class ScimConfigurationRoutes implements HttpService {

    private static final String PATH = "/connections/{id}/scim-configuration";

    private final ManagementExchange exchange;
    private final CreateScimConfigurationUseCase create;
    private final GetScimConfigurationUseCase get;
    private final UpdateScimConfigurationUseCase update;
    private final DeleteScimConfigurationUseCase delete;
    private final GetDefaultMappingUseCase defaultMapping;
    private final ListScimConfigurationsUseCase list;

    ScimConfigurationRoutes(ManagementExchange exchange, ScimConfigurationUseCases useCases) {
        this.exchange = exchange;
        this.create = useCases.create();
        this.get = useCases.get();
        this.update = useCases.update();
        this.delete = useCases.delete();
        this.defaultMapping = useCases.defaultMapping();
        this.list = useCases.list();
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(PATH + "/default-mapping", this::defaultMapping)
                .post(PATH, this::create)
                .get(PATH, this::get)
                .patch(PATH, this::update)
                .delete(PATH, this::delete)
                .get("/connections-scim-configurations", this::list);
    }

    private void create(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            ScimConfigurationRequest body = call.body(ScimConfigurationRequest.class);
            ScimConfigurationRequest fields = body == null ? ScimConfigurationRequest.EMPTY : body;
            List<RawMappingPair> pairs = pairs(fields);
            RateLimit rateLimit = RateLimitInput.parse(fields.rateLimit());
            call.respond(201, ManagementMapper.INSTANCE.toResponse(create.create(new CreateScimConfigurationCommand(
                    ResourceIds.connection(call.pathParameter("id")), fields.userIdAttribute(), pairs,
                    extensions(fields), rateLimit, DeletionInput.parse(fields.deletion()), roleMapping(fields)))));
        });
    }

    private void get(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> call.respond(200,
                ManagementMapper.INSTANCE.toResponse(get.get(ResourceIds.connection(call.pathParameter("id"))))));
    }

    private void update(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            ScimConfigurationRequest body = call.body(ScimConfigurationRequest.class);
            ScimConfigurationRequest fields = body == null ? ScimConfigurationRequest.EMPTY : body;
            List<RawMappingPair> pairs = pairs(fields);
            RateLimitUpdate rateLimit = fields.rateLimit() == null ? null
                    : new RateLimitUpdate(RateLimitInput.parse(fields.rateLimit()));
            call.respond(200, ManagementMapper.INSTANCE.toResponse(update.update(new UpdateScimConfigurationCommand(
                    ResourceIds.connection(call.pathParameter("id")), fields.userIdAttribute(), pairs,
                    extensions(fields), rateLimit, DeletionInput.parse(fields.deletion()), roleMapping(fields)))));
        });
    }

    private void delete(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            delete.delete(ResourceIds.connection(call.pathParameter("id")));
            call.noContent();
        });
    }

    private void defaultMapping(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> call.respond(200, new DefaultMappingResponse(
                defaultMapping.defaultMapping(ResourceIds.connection(call.pathParameter("id"))).raw().stream()
                        .map(ManagementMapper.INSTANCE::toJson).toList())));
    }

    private void list(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            ScimConfigurationPage page = list.list(call.query("from"), call.intQuery("take"));
            call.respond(200, new ScimConfigurationListResponse(page.configurations().stream()
                    .map(ManagementMapper.INSTANCE::toResponse).toList(), page.next()));
        });
    }

    /** Absent: unchanged (or none on create); JSON null: none; else the declarations, which the domain checks. */
    private static ScimValue extensions(ScimConfigurationRequest body) {
        JsonNode value = body.schemaExtensions();
        if (value == null) {
            return null;
        }
        return value.isNull() ? ScimArray.EMPTY : JsonCodec.toValue(value);
    }

    /** Absent: unchanged (or none on create); each pair checked by the domain. */
    private static RoleMapping roleMapping(ScimConfigurationRequest body) {
        if (body.roleMapping() == null) {
            return null;
        }
        List<RoleMapping.Entry> entries = new ArrayList<>();
        for (RoleMappingJson pair : body.roleMapping()) {
            if (pair == null) {
                throw BadRequestException.invalidValue("Each role_mapping pair must be an object");
            }
            entries.add(new RoleMapping.Entry(pair.value(), pair.roleId()));
        }
        return new RoleMapping(entries);
    }

    private static List<RawMappingPair> pairs(ScimConfigurationRequest body) {
        return body.mapping() == null ? null : ManagementMapper.INSTANCE.toDomain(body.mapping());
    }
}
