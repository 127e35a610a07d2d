package dev.inboundscim.adapter.in.http.scim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.domain.role.RoleSchema;
import dev.inboundscim.domain.scim.path.SchemaUrns;
import dev.inboundscim.domain.scim.schema.AttributeDefinition;
import dev.inboundscim.domain.scim.schema.ResourceSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders the discovery documents of RFC 7643 §5–§7. */
final class ScimSchemaDocuments {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScimSchemaDocuments() {
    }

    /** {@code tokenEndpoint}: the connection has OAuth clients or federated credentials (SPEC §9). */
    static ObjectNode serviceProviderConfig(String endpoint, int maxResults, BulkLimits bulk, boolean tokenEndpoint) {
        ObjectNode config = NODES.objectNode();
        config.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
        config.putObject("patch").put("supported", true);
        config.putObject("bulk").put("supported", true).put("maxOperations", bulk.maxOperations())
                .put("maxPayloadSize", bulk.maxPayloadSize());
        config.putObject("filter").put("supported", true).put("maxResults", maxResults);
        config.putObject("changePassword").put("supported", false);
        config.putObject("sort").put("supported", true);
        config.putObject("etag").put("supported", true);
        // RFC 9865 §3: both paging methods, index by default; cursors never expire (they hold a position).
        config.putObject("pagination").put("cursor", true).put("index", true)
                .put("defaultPaginationMethod", "index").put("defaultPageSize", Math.min(100, maxResults))
                .put("maxPageSize", maxResults);
        ArrayNode schemes = config.putArray("authenticationSchemes");
        schemes.addObject()
                .put("type", "oauthbearertoken")
                .put("name", "OAuth Bearer Token")
                .put("description", "A SCIM token issued for this connection through the Management API")
                .put("primary", true);
        if (tokenEndpoint) {
            schemes.addObject()
                    .put("type", "oauthbearertoken")
                    .put("name", "OAuth 2.0 Client Credentials")
                    .put("description", "A short-lived access token from " + endpoint + "/oauth/token, for a client "
                            + "secret or a signed client assertion (RFC 7523)")
                    .put("specUri", "https://www.rfc-editor.org/rfc/rfc6749")
                    .put("documentationUri", endpoint + "/oauth/token")
                    .put("primary", false);
        }
        config.putObject("meta").put("resourceType", "ServiceProviderConfig")
                .put("location", endpoint + "/ServiceProviderConfig");
        return config;
    }

    /** An extension is required (RFC 7643 §6) when it declares a required attribute. */
    static ObjectNode userResourceType(String endpoint, List<ResourceSchema> extensions) {
        return resourceType(endpoint, "User", "User Account", SchemaUrns.CORE_USER, extensions.stream()
                .collect(Collectors.toMap(ResourceSchema::id, e -> e.attributes().stream()
                        .anyMatch(AttributeDefinition::required), (a, b) -> a, LinkedHashMap::new)));
    }

    static ObjectNode groupResourceType(String endpoint) {
        return resourceType(endpoint, "Group", "Group", SchemaUrns.CORE_GROUP, Map.of());
    }

    /** The Role resource type of draft-ietf-scim-roles-entitlements, served at {@code /Roles} (SPEC §12). */
    static ObjectNode roleResourceType(String endpoint) {
        return resourceType(endpoint, "Role", "Role", RoleSchema.URN, Map.of());
    }

    /** RFC 7643 §6: the resource type {@code name}, served at {@code /<name>s}, with optional schema extensions. */
    private static ObjectNode resourceType(String endpoint, String name, String description, String schema,
                                           Map<String, Boolean> extensionsRequired) {
        ObjectNode type = NODES.objectNode();
        type.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:ResourceType");
        type.put("id", name);
        type.put("name", name);
        type.put("endpoint", "/" + name + "s");
        type.put("description", description);
        type.put("schema", schema);
        ArrayNode extensions = type.putArray("schemaExtensions");
        extensionsRequired.forEach((urn, required) -> extensions.addObject().put("schema", urn)
                .put("required", required));
        type.putObject("meta").put("resourceType", "ResourceType").put("location", endpoint + "/ResourceTypes/" + name);
        return type;
    }

    static ObjectNode schema(ResourceSchema schema, String endpoint) {
        ObjectNode document = NODES.objectNode();
        document.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:Schema");
        document.put("id", schema.id());
        document.put("name", schema.name());
        document.put("description", schema.description());
        ArrayNode attributes = document.putArray("attributes");
        schema.attributes().forEach(a -> attributes.add(attribute(a)));
        document.putObject("meta").put("resourceType", "Schema").put("location", endpoint + "/Schemas/" + schema.id());
        return document;
    }

    private static ObjectNode attribute(AttributeDefinition definition) {
        ObjectNode node = NODES.objectNode();
        node.put("name", definition.name());
        node.put("type", definition.type().schemaName());
        node.put("multiValued", definition.multiValued());
        node.put("description", definition.description());
        node.put("required", definition.required());
        node.put("caseExact", definition.caseExact());
        node.put("mutability", definition.mutability().schemaName());
        node.put("returned", definition.returned());
        node.put("uniqueness", definition.uniqueness());
        if (!definition.canonicalValues().isEmpty()) {
            ArrayNode values = node.putArray("canonicalValues");
            definition.canonicalValues().forEach(values::add);
        }
        if (definition.isComplex()) {
            ArrayNode subs = node.putArray("subAttributes");
            definition.subAttributes().forEach(s -> subs.add(attribute(s)));
        }
        return node;
    }
}
