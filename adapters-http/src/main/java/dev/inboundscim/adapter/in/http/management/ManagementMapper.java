package dev.inboundscim.adapter.in.http.management;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.adapter.in.http.management.Dtos.ConnectionResponse;
import dev.inboundscim.adapter.in.http.management.Dtos.DeletionJson;
import dev.inboundscim.adapter.in.http.management.Dtos.LogResponse;
import dev.inboundscim.adapter.in.http.management.Dtos.MappingPairJson;
import dev.inboundscim.adapter.in.http.management.Dtos.RateLimitJson;
import dev.inboundscim.adapter.in.http.management.Dtos.RoleMappingJson;
import dev.inboundscim.adapter.in.http.management.Dtos.ScimConfigurationResponse;
import dev.inboundscim.adapter.in.http.management.Dtos.TokenResponse;
import dev.inboundscim.application.port.in.connection.ConnectionView;
import dev.inboundscim.application.port.in.scimconfig.ScimConfigurationView;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.mapping.RawMappingPair;
import dev.inboundscim.domain.scim.schema.SchemaExtensions;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.Scope;
import dev.inboundscim.domain.token.TokenId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Copies application results into Management API DTOs. */
@Mapper(config = HttpMapperConfig.class)
interface ManagementMapper {

    ManagementMapper INSTANCE = Mappers.getMapper(ManagementMapper.class);

    @Mapping(target = "id", source = "connection.id")
    @Mapping(target = "name", source = "connection.name")
    @Mapping(target = "strategy", source = "connection.strategy")
    @Mapping(target = "displayName", source = "connection.displayName")
    @Mapping(target = "syncUserProfileAtLogin", source = "connection.syncUserProfileAtLogin")
    @Mapping(target = "createdAt", source = "connection.createdAt")
    @Mapping(target = "updatedAt", source = "connection.updatedAt")
    @Mapping(target = "scimEndpoint", ignore = true)
    ConnectionResponse toResponse(ConnectionView view);

    /** The connection as answered to a client at {@code baseUrl}: with the SCIM endpoint URL its IdP is given. */
    default ConnectionResponse toResponse(ConnectionView view, String baseUrl) {
        return toResponse(view).withScimEndpoint(baseUrl + "/scim/v2/connections/" + view.connection().id().value());
    }

    @Mapping(target = "tokenId", source = "id")
    TokenResponse toResponse(ScimToken token);

    LogResponse toResponse(LogEntry entry);

    MappingPairJson toJson(RawMappingPair pair);

    RawMappingPair toDomain(MappingPairJson pair);

    List<RawMappingPair> toDomain(List<MappingPairJson> pairs);

    default ScimConfigurationResponse toResponse(ScimConfigurationView view) {
        var configuration = view.configuration();
        return new ScimConfigurationResponse(view.connection().id().value(), view.connection().name().value(),
                view.connection().strategy().wireName(), view.tenantName(),
                configuration.mapping().userIdAttribute().toString(),
                configuration.mapping().raw().stream().map(this::toJson).toList(),
                JsonCodec.toNode(SchemaExtensions.describe(configuration.mapping().schemas().extensions())),
                configuration.rateLimit() == null ? null : new RateLimitJson(
                        configuration.rateLimit().requestsPerSecond(), configuration.rateLimit().burst()),
                new DeletionJson(configuration.deletion().mode().wireName(),
                        configuration.deletion().restoreWindowDays()),
                configuration.roleMapping().entries().stream()
                        .map(entry -> new RoleMappingJson(entry.value(), entry.roleId())).toList(),
                configuration.createdAt().toString(), configuration.updatedAt().toString());
    }

    default String map(ConnectionId id) {
        return id.value();
    }

    default String map(ConnectionName name) {
        return name.value();
    }

    default String map(Strategy strategy) {
        return strategy.wireName();
    }

    default String map(TokenId id) {
        return id.value();
    }

    default String map(LogType type) {
        return type.code();
    }

    default String map(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    default Object map(ScimObject details) {
        JsonNode node = JsonCodec.toNode(details);
        return node;
    }

    default List<String> map(Collection<Scope> scopes) {
        return scopes.stream().map(Scope::wireName).sorted().toList();
    }
}
