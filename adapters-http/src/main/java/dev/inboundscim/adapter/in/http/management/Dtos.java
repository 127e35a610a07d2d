package dev.inboundscim.adapter.in.http.management;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The Management API's JSON shapes, in Auth0's snake_case. */
final class Dtos {

    private Dtos() {
    }

    record CreateConnectionRequest(String name, String strategy, @JsonProperty("display_name") String displayName) {
    }

    record UpdateConnectionRequest(@JsonProperty("display_name") String displayName,
                                   @JsonProperty("sync_user_profile_at_login") Boolean syncUserProfileAtLogin) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConnectionResponse(String id, String name, String strategy,
                              @JsonProperty("display_name") String displayName,
                              @JsonProperty("scim_enabled") boolean scimEnabled,
                              @JsonProperty("sync_user_profile_at_login") boolean syncUserProfileAtLogin,
                              @JsonProperty("created_at") String createdAt,
                              @JsonProperty("updated_at") String updatedAt,
                              @JsonProperty("scim_endpoint") String scimEndpoint) {

        ConnectionResponse withScimEndpoint(String url) {
            return new ConnectionResponse(id, name, strategy, displayName, scimEnabled, syncUserProfileAtLogin,
                    createdAt, updatedAt, url);
        }
    }

    record MappingPairJson(String scim, String auth0) {
    }

    record ScimConfigurationRequest(@JsonProperty("user_id_attribute") String userIdAttribute,
                                    List<MappingPairJson> mapping,
                                    @JsonProperty("schema_extensions") JsonNode schemaExtensions,
                                    @JsonProperty("rate_limit") JsonNode rateLimit,
                                    JsonNode deletion,
                                    @JsonProperty("role_mapping") List<RoleMappingJson> roleMapping) {
        static final ScimConfigurationRequest EMPTY = new ScimConfigurationRequest(null, null, null, null, null,
                null);
    }

    /** One {@code role_mapping} pair (SPEC §12). */
    record RoleMappingJson(String value, @JsonProperty("role_id") String roleId) {
    }

    record RateLimitJson(@JsonProperty("requests_per_second") double requestsPerSecond, int burst) {
    }

    record DeletionJson(String mode, @JsonProperty("restore_window_days") int restoreWindowDays) {
    }

    record ScimConfigurationResponse(@JsonProperty("connection_id") String connectionId,
                                     @JsonProperty("connection_name") String connectionName,
                                     String strategy,
                                     @JsonProperty("tenant_name") String tenantName,
                                     @JsonProperty("user_id_attribute") String userIdAttribute,
                                     List<MappingPairJson> mapping,
                                     @JsonProperty("schema_extensions") JsonNode schemaExtensions,
                                     @JsonProperty("rate_limit") RateLimitJson rateLimit,
                                     DeletionJson deletion,
                                     @JsonProperty("role_mapping") List<RoleMappingJson> roleMapping,
                                     @JsonProperty("created_at") String createdAt,
                                     @JsonProperty("updated_on") String updatedOn) {
    }

    record DefaultMappingResponse(List<MappingPairJson> mapping) {
    }

    record ScimConfigurationListResponse(@JsonProperty("scim_configurations") List<ScimConfigurationResponse> items,
                                         @JsonInclude(JsonInclude.Include.NON_NULL) String next) {
    }

    record IssueTokenRequest(List<String> scopes, @JsonProperty("token_lifetime") Long tokenLifetime) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record IssuedTokenResponse(@JsonProperty("token_id") String tokenId, String token, List<String> scopes,
                               @JsonProperty("created_at") String createdAt,
                               @JsonProperty("valid_until") String validUntil) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TokenResponse(@JsonProperty("token_id") String tokenId, List<String> scopes,
                         @JsonProperty("created_at") String createdAt,
                         @JsonProperty("valid_until") String validUntil,
                         @JsonProperty("last_used_at") String lastUsedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LogResponse(@JsonProperty("log_id") String logId, String type, String date,
                       @JsonProperty("connection_id") String connectionId, String description, String ip,
                       @JsonProperty("user_agent") String userAgent, @JsonProperty("user_id") String userId,
                       Object details) {
    }
}
