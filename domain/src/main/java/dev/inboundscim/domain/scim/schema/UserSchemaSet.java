package dev.inboundscim.domain.scim.schema;

import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.path.SchemaUrns;
import java.util.List;
import java.util.Optional;

/**
 * The User schemas of one connection: core and enterprise (RFC 7643 §4), plus the extensions its SCIM configuration
 * declares (SPEC §10). An unqualified name resolves in that order; extension attribute names are unique across the
 * set ({@link SchemaExtensions} refuses clashes), so the order only matters for the standard ones.
 */
public record UserSchemaSet(List<ResourceSchema> extensions) implements SchemaSet {

    /** Core and enterprise only: a connection without extensions. */
    public static final UserSchemaSet STANDARD = new UserSchemaSet(List.of());

    public UserSchemaSet {
        extensions = List.copyOf(extensions);
    }

    /** The schema an attribute path belongs to: its URN if written, else core, enterprise, then the extensions. */
    public Optional<ResourceSchema> schemaOf(AttributePath path) {
        AttributePath canonical = canonical(path);
        if (canonical.schemaUrn() != null) {
            if (canonical.schemaUrn().equalsIgnoreCase(SchemaUrns.CORE_USER)) {
                return Optional.of(UserSchemas.CORE);
            }
            if (canonical.schemaUrn().equalsIgnoreCase(SchemaUrns.ENTERPRISE_USER)) {
                return Optional.of(UserSchemas.ENTERPRISE);
            }
            return declared(canonical.schemaUrn());
        }
        String name = canonical.attribute();
        if (UserSchemas.CORE.attribute(name).isPresent()
                || UserSchemas.COMMON.stream().anyMatch(a -> a.name().equalsIgnoreCase(name))) {
            return Optional.of(UserSchemas.CORE);
        }
        if (UserSchemas.ENTERPRISE.attribute(name).isPresent()) {
            return Optional.of(UserSchemas.ENTERPRISE);
        }
        return extensions.stream().filter(e -> e.attribute(name).isPresent()).findFirst();
    }

    /** The definition of a top-level attribute (core, common, enterprise or declared). */
    public Optional<AttributeDefinition> attribute(AttributePath path) {
        AttributePath canonical = canonical(path);
        return schemaOf(canonical).flatMap(schema -> schema == UserSchemas.CORE
                ? UserSchemas.CORE.attribute(canonical.attribute()).or(() -> UserSchemas.COMMON.stream()
                        .filter(a -> a.name().equalsIgnoreCase(canonical.attribute())).findFirst())
                : schema.attribute(canonical.attribute()));
    }

    @Override
    public Optional<ResolvedAttribute> resolve(AttributePath path) {
        return attribute(path).map(definition -> {
            String urn = schemaOf(path).orElseThrow().id();
            return new ResolvedAttribute(definition, urn.equals(SchemaUrns.CORE_USER) ? null : urn);
        });
    }

    @Override
    public Optional<String> extension(String key) {
        if (SchemaUrns.ENTERPRISE_USER.equalsIgnoreCase(key)) {
            return Optional.of(SchemaUrns.ENTERPRISE_USER);
        }
        return declared(key).map(ResourceSchema::id);
    }

    /**
     * The filter grammar cannot tell where an unknown URN ends when Auth0's {@code .} follows it
     * ({@code urn:…:acme:2.0:User.costCode} reads as attribute {@code User}, sub-attribute {@code costCode} of
     * {@code urn:…:acme:2.0}); a declared extension's URN settles it.
     */
    @Override
    public AttributePath canonical(AttributePath path) {
        if (path.schemaUrn() != null && path.subAttribute() != null) {
            Optional<ResourceSchema> split = declared(path.schemaUrn() + ":" + path.attribute());
            if (split.isPresent()) {
                return new AttributePath(split.get().id(), path.subAttribute(), null);
            }
        }
        return path;
    }

    @Override
    public boolean restrictsReturned() {
        return extensions.stream().flatMap(e -> e.attributes().stream())
                .anyMatch(a -> !a.returned().equals("default"));
    }

    private Optional<ResourceSchema> declared(String urn) {
        return extensions.stream().filter(e -> e.id().equalsIgnoreCase(urn)).findFirst();
    }
}
