package dev.inboundscim.domain.scim.schema;

import static dev.inboundscim.domain.scim.schema.Attributes.bool;
import static dev.inboundscim.domain.scim.schema.Attributes.canonical;
import static dev.inboundscim.domain.scim.schema.Attributes.complex;
import static dev.inboundscim.domain.scim.schema.Attributes.exactString;
import static dev.inboundscim.domain.scim.schema.Attributes.multi;
import static dev.inboundscim.domain.scim.schema.Attributes.readOnly;
import static dev.inboundscim.domain.scim.schema.Attributes.reference;
import static dev.inboundscim.domain.scim.schema.Attributes.required;
import static dev.inboundscim.domain.scim.schema.Attributes.string;

import java.util.ArrayList;
import java.util.List;

/**
 * The schemas of the discovery resources themselves (RFC 7643 §5–7): ServiceProviderConfig, ResourceType and Schema,
 * listed by {@code /Schemas} beside the resource schemas so a client can read every document the server serves. All
 * read-only; the ServiceProviderConfig schema also describes the RFC 9865 {@code pagination} block this server
 * advertises.
 */
public final class DiscoverySchemas {

    public static final String SERVICE_PROVIDER_CONFIG = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    public static final String RESOURCE_TYPE = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
    public static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

    private static final ResourceSchema SERVICE_PROVIDER = readOnlySchema(SERVICE_PROVIDER_CONFIG,
            "Service Provider Configuration", "Schema for representing the service provider's configuration",
            reference("documentationUri", "An HTTP-addressable URL pointing to the service provider's help"),
            needed(complex("patch", "PATCH configuration options", supported())),
            needed(complex("bulk", "Bulk configuration options", supported(),
                    needed(integer("maxOperations", "The maximum number of operations")),
                    needed(integer("maxPayloadSize", "The maximum payload size in bytes")))),
            needed(complex("filter", "Filter options", supported(),
                    needed(integer("maxResults", "The maximum number of resources returned in a response")))),
            needed(complex("changePassword", "Change password options", supported())),
            needed(complex("sort", "Sort options", supported())),
            needed(complex("etag", "ETag options", supported())),
            complex("pagination", "Paging options (RFC 9865)",
                    bool("cursor", "Whether cursor-based paging is supported"),
                    bool("index", "Whether index-based paging is supported"),
                    canonical("defaultPaginationMethod", "The paging method used when a request names none",
                            "cursor", "index"),
                    integer("defaultPageSize", "The page size used when a request names none"),
                    integer("maxPageSize", "The largest page size a request may ask for")),
            needed(multi("authenticationSchemes", "Supported authentication scheme properties",
                    needed(canonical("type", "The authentication scheme", "oauth", "oauth2", "oauthbearertoken",
                            "httpbasic", "httpdigest")),
                    needed(string("name", "The common authentication scheme name")),
                    needed(string("description", "A description of the authentication scheme")),
                    reference("specUri", "An HTTP-addressable URL pointing to the scheme's specification"),
                    reference("documentationUri", "An HTTP-addressable URL pointing to the scheme's usage"),
                    bool("primary", "Whether this is the preferred scheme"))));

    private static final ResourceSchema RESOURCE = readOnlySchema(RESOURCE_TYPE, "ResourceType",
            "Specifies the schema that describes a SCIM resource type",
            string("id", "The resource type's server unique id"),
            needed(string("name", "The resource type name")),
            string("description", "The resource type's human-readable description"),
            needed(reference("endpoint", "The resource type's HTTP-addressable endpoint relative to the base URL")),
            needed(exactReference("schema", "The resource type's primary/base schema URI")),
            multi("schemaExtensions", "A list of URIs of the resource type's schema extensions",
                    needed(exactReference("schema", "The URI of a schema extension")),
                    needed(bool("required", "Whether a schema extension is required for the resource type"))));

    private static final ResourceSchema SCHEMA_SCHEMA = readOnlySchema(SCHEMA, "Schema",
            "Specifies the schema attributes of a SCIM resource",
            needed(string("id", "The unique URI of the schema")),
            string("name", "The schema's human-readable name"),
            string("description", "The schema's human-readable description"),
            needed(multi("attributes", "A complex attribute that includes the attributes of a schema",
                    attributeFields(true))));

    /** The three, in the order RFC 7643 defines them. */
    public static final List<ResourceSchema> ALL = List.of(SERVICE_PROVIDER, RESOURCE, SCHEMA_SCHEMA);

    private DiscoverySchemas() {
    }

    /** The properties of an attribute definition; a sub-attribute's have no sub-attributes of their own. */
    private static AttributeDefinition[] attributeFields(boolean withSubAttributes) {
        List<AttributeDefinition> fields = new ArrayList<>(List.of(
                needed(exactString("name", "The attribute's name")),
                needed(canonical("type", "The attribute's data type", "string", "complex", "boolean", "decimal",
                        "integer", "dateTime", "reference", "binary")),
                needed(bool("multiValued", "Whether the attribute is multi-valued")),
                string("description", "A human-readable description of the attribute"),
                needed(bool("required", "Whether the attribute is required")),
                multiString("canonicalValues", "A collection of canonical values"),
                bool("caseExact", "Whether string values are case sensitive"),
                canonical("mutability", "Whether the attribute is modifiable", "readOnly", "readWrite", "immutable",
                        "writeOnly"),
                canonical("returned", "When the attribute is returned in a response", "always", "never",
                        "default", "request"),
                canonical("uniqueness", "How the service provider enforces uniqueness", "none", "server", "global"),
                multiString("referenceTypes", "The SCIM resource types that may be referenced")));
        if (withSubAttributes) {
            fields.add(multi("subAttributes", "The sub-attributes of a complex attribute", attributeFields(false)));
        }
        return fields.toArray(AttributeDefinition[]::new);
    }

    private static ResourceSchema readOnlySchema(String id, String name, String description,
                                                 AttributeDefinition... attributes) {
        return new ResourceSchema(id, name, description, List.of(attributes).stream().map(Attributes::readOnly)
                .toList());
    }

    private static AttributeDefinition supported() {
        return needed(bool("supported", "Whether the operation is supported"));
    }

    private static AttributeDefinition needed(AttributeDefinition definition) {
        return required(definition, definition.uniqueness());
    }

    private static AttributeDefinition integer(String name, String description) {
        return new AttributeDefinition(name, AttributeType.INTEGER, false, false, false, Mutability.READ_ONLY,
                "default", "none", description, List.of(), List.of());
    }

    private static AttributeDefinition multiString(String name, String description) {
        return new AttributeDefinition(name, AttributeType.STRING, true, false, true, Mutability.READ_ONLY,
                "default", "none", description, List.of(), List.of());
    }

    private static AttributeDefinition exactReference(String name, String description) {
        AttributeDefinition plain = reference(name, description);
        return new AttributeDefinition(name, plain.type(), false, false, true, plain.mutability(), "default", "none",
                description, List.of(), List.of());
    }
}
