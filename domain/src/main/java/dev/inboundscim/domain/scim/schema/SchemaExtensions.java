package dev.inboundscim.domain.scim.schema;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.path.SchemaUrns;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A connection's own User schema extensions (SPEC §10 {@code schema_extensions}), read from and written as the
 * RFC 7643 §7 shape that {@code /Schemas} publishes: {@code [{"id":"urn:…:User","name","description",
 * "attributes":[{name, type, multiValued, required, caseExact, mutability, returned, uniqueness, description,
 * canonicalValues, subAttributes}]}]}. Every rule is checked here, and each refusal names the extension and the
 * attribute at fault.
 */
public final class SchemaExtensions {

    public static final int MAX_EXTENSIONS = 10;
    public static final int MAX_ATTRIBUTES = 100;
    public static final int MAX_SUB_ATTRIBUTES = 20;

    /** RFC 7643 §2.1 ATTRNAME. */
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    /** An RFC 8141 URN, kept to characters a filter token and a path can carry (no spaces, brackets or quotes). */
    private static final Pattern URN = Pattern.compile("urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:[A-Za-z0-9._:-]{1,200}");
    private static final Set<String> EXTENSION_FIELDS = Set.of("id", "name", "description", "attributes", "schemas",
            "meta");
    private static final Set<String> ATTRIBUTE_FIELDS = Set.of("name", "type", "multivalued", "required",
            "caseexact", "mutability", "returned", "uniqueness", "description", "canonicalvalues", "subattributes",
            "referencetypes");

    private SchemaExtensions() {
    }

    /** The extensions {@code value} declares (null or absent: none), validated against the standard schemas. */
    public static List<ResourceSchema> parse(ScimValue value) {
        if (value == null || value instanceof ScimNull) {
            return List.of();
        }
        if (!(value instanceof ScimArray array)) {
            throw invalid("schema_extensions must be an array of schemas");
        }
        if (array.values().size() > MAX_EXTENSIONS) {
            throw invalid("schema_extensions may declare at most " + MAX_EXTENSIONS + " schemas");
        }
        List<ResourceSchema> schemas = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < array.values().size(); i++) {
            ResourceSchema schema = extension(array.values().get(i), "schema_extensions[" + i + "]");
            if (!ids.add(schema.id().toLowerCase(Locale.ROOT))) {
                throw invalid("schema_extensions declares " + schema.id() + " twice");
            }
            for (AttributeDefinition attribute : schema.attributes()) {
                // Unqualified paths (filters, PATCH, projections) must name one attribute only.
                if (!names.add(attribute.name().toLowerCase(Locale.ROOT))) {
                    throw invalid(schema.id() + ": the attribute " + attribute.name()
                            + " is declared by another extension too");
                }
            }
            schemas.add(schema);
        }
        return List.copyOf(schemas);
    }

    /** The declarations as {@link #parse} reads them back, for stores and the Management API. */
    public static ScimArray describe(List<ResourceSchema> schemas) {
        return new ScimArray(schemas.stream().<ScimValue>map(schema -> {
            ScimObject.Builder node = ScimObject.builder().put("id", schema.id()).put("name", schema.name());
            if (schema.description() != null) {
                node.put("description", schema.description());
            }
            return node.put("attributes", new ScimArray(schema.attributes().stream()
                    .map(SchemaExtensions::describe).toList())).build();
        }).toList());
    }

    private static ScimValue describe(AttributeDefinition attribute) {
        ScimObject.Builder node = ScimObject.builder()
                .put("name", attribute.name())
                .put("type", attribute.type().schemaName())
                .put("multiValued", ScimBoolean.of(attribute.multiValued()))
                .put("required", ScimBoolean.of(attribute.required()))
                .put("caseExact", ScimBoolean.of(attribute.caseExact()))
                .put("mutability", attribute.mutability().schemaName())
                .put("returned", attribute.returned())
                .put("uniqueness", attribute.uniqueness());
        if (attribute.description() != null) {
            node.put("description", attribute.description());
        }
        if (!attribute.canonicalValues().isEmpty()) {
            node.put("canonicalValues", new ScimArray(attribute.canonicalValues().stream()
                    .<ScimValue>map(ScimString::new).toList()));
        }
        if (attribute.isComplex()) {
            node.put("subAttributes", new ScimArray(attribute.subAttributes().stream()
                    .map(SchemaExtensions::describe).toList()));
        }
        return node.build();
    }

    private static ResourceSchema extension(ScimValue value, String where) {
        ScimObject object = object(value, where);
        unknownFields(object, EXTENSION_FIELDS, where);
        String id = text(object, "id", where).orElseThrow(() -> invalid(where + ": id is required"));
        if (!URN.matcher(id).matches()) {
            throw invalid(where + ": id must be a URN such as urn:ietf:params:scim:schemas:extension:acme:2.0:User");
        }
        if (SchemaUrns.KNOWN.stream().anyMatch(id::equalsIgnoreCase)
                || DiscoverySchemas.ALL.stream().anyMatch(s -> s.id().equalsIgnoreCase(id))) {
            throw invalid(where + ": " + id + " is a standard schema and cannot be redeclared");
        }
        if (SchemaUrns.KNOWN.stream().anyMatch(urn -> startsWithIgnoreCase(urn, id + ":")
                || startsWithIgnoreCase(id, urn + ":"))) {
            throw invalid(where + ": " + id + " overlaps a standard schema's URN");
        }
        String name = text(object, "name", where).orElse(id.substring(id.lastIndexOf(':') + 1));
        String description = text(object, "description", where).orElse(null);
        ScimValue attributes = object.getIgnoreCase("attributes")
                .orElseThrow(() -> invalid(id + ": attributes is required"));
        if (!(attributes instanceof ScimArray list) || list.values().isEmpty()) {
            throw invalid(id + ": attributes must be a non-empty array");
        }
        if (list.values().size() > MAX_ATTRIBUTES) {
            throw invalid(id + ": at most " + MAX_ATTRIBUTES + " attributes");
        }
        List<AttributeDefinition> definitions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.values().size(); i++) {
            AttributeDefinition attribute = attribute(list.values().get(i), id + " attributes[" + i + "]", true);
            if (!seen.add(attribute.name().toLowerCase(Locale.ROOT))) {
                throw invalid(id + ": the attribute " + attribute.name() + " is declared twice");
            }
            if (UserSchemas.CORE.attribute(attribute.name()).isPresent()
                    || UserSchemas.COMMON.stream().anyMatch(a -> a.name().equalsIgnoreCase(attribute.name()))
                    || UserSchemas.ENTERPRISE.attribute(attribute.name()).isPresent()
                    || attribute.name().equalsIgnoreCase("schemas")) {
                throw invalid(id + ": the attribute " + attribute.name() + " clashes with a User attribute of the "
                        + "standard schemas");
            }
            definitions.add(attribute);
        }
        return new ResourceSchema(id, name, description, definitions);
    }

    private static AttributeDefinition attribute(ScimValue value, String where, boolean topLevel) {
        ScimObject object = object(value, where);
        unknownFields(object, ATTRIBUTE_FIELDS, where);
        String name = text(object, "name", where).orElseThrow(() -> invalid(where + ": name is required"));
        if (!ATTRIBUTE_NAME.matcher(name).matches()) {
            throw invalid(where + ": name must start with a letter and hold only letters, digits, _ and -");
        }
        String at = where + " (" + name + ")";
        AttributeType type = type(text(object, "type", at).orElse("string"), at);
        boolean multiValued = flag(object, "multiValued", at);
        Mutability mutability = mutability(text(object, "mutability", at).orElse("readWrite"), at);
        String returned = oneOf(text(object, "returned", at).orElse("default"), "returned", at,
                List.of("always", "never", "default", "request"));
        String uniqueness = oneOf(text(object, "uniqueness", at).orElse("none"), "uniqueness", at,
                List.of("none", "server", "global"));
        if (!uniqueness.equals("none")) {
            // The store enforces uniqueness on the user-id attribute and userName only; promising more would lie.
            throw invalid(at + ": uniqueness " + uniqueness + " is not supported for extension attributes; use "
                    + "none (the user-id attribute is unique already)");
        }
        List<String> canonicalValues = strings(object.getIgnoreCase("canonicalValues").orElse(null), at);
        List<AttributeDefinition> subs = List.of();
        ScimValue subValue = object.getIgnoreCase("subAttributes").orElse(null);
        if (type == AttributeType.COMPLEX) {
            if (!topLevel) {
                throw invalid(at + ": a sub-attribute cannot be complex (RFC 7643 §2.3.8)");
            }
            subs = subAttributes(subValue, at);
        } else if (subValue != null && !(subValue instanceof ScimNull)) {
            throw invalid(at + ": only a complex attribute has subAttributes");
        }
        return new AttributeDefinition(name, type, multiValued, flag(object, "required", at),
                flag(object, "caseExact", at), mutability, returned, uniqueness,
                text(object, "description", at).orElse(null), canonicalValues, subs);
    }

    private static List<AttributeDefinition> subAttributes(ScimValue value, String where) {
        if (!(value instanceof ScimArray list) || list.values().isEmpty()) {
            throw invalid(where + ": a complex attribute needs a non-empty subAttributes array");
        }
        if (list.values().size() > MAX_SUB_ATTRIBUTES) {
            throw invalid(where + ": at most " + MAX_SUB_ATTRIBUTES + " subAttributes");
        }
        List<AttributeDefinition> subs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.values().size(); i++) {
            AttributeDefinition sub = attribute(list.values().get(i), where + " subAttributes[" + i + "]", false);
            if (!seen.add(sub.name().toLowerCase(Locale.ROOT))) {
                throw invalid(where + ": the sub-attribute " + sub.name() + " is declared twice");
            }
            subs.add(sub);
        }
        return subs;
    }

    private static AttributeType type(String text, String where) {
        for (AttributeType type : AttributeType.values()) {
            if (type.schemaName().equalsIgnoreCase(text) && type != AttributeType.BINARY) {
                return type;
            }
        }
        throw invalid(where + ": type must be one of string, boolean, integer, decimal, dateTime, reference, "
                + "complex");
    }

    private static Mutability mutability(String text, String where) {
        for (Mutability mutability : Mutability.values()) {
            if (mutability.schemaName().equalsIgnoreCase(text)) {
                if (mutability == Mutability.READ_ONLY) {
                    // Nothing but the client writes extension values, so a read-only one could never hold any.
                    throw invalid(where + ": mutability readOnly is reserved for values the server sets; use "
                            + "readWrite, immutable or writeOnly");
                }
                return mutability;
            }
        }
        throw invalid(where + ": mutability must be one of readWrite, immutable, writeOnly");
    }

    private static String oneOf(String text, String field, String where, List<String> allowed) {
        return allowed.stream().filter(text::equalsIgnoreCase).findFirst()
                .orElseThrow(() -> invalid(where + ": " + field + " must be one of " + String.join(", ", allowed)));
    }

    private static List<String> strings(ScimValue value, String where) {
        if (value == null || value instanceof ScimNull) {
            return List.of();
        }
        if (!(value instanceof ScimArray array) || !array.values().stream().allMatch(ScimString.class::isInstance)) {
            throw invalid(where + ": canonicalValues must be an array of strings");
        }
        return array.values().stream().map(v -> ((ScimString) v).value()).toList();
    }

    private static boolean flag(ScimObject object, String field, String where) {
        ScimValue value = object.getIgnoreCase(field).orElse(ScimBoolean.FALSE);
        if (!(value instanceof ScimBoolean bool)) {
            throw invalid(where + ": " + field + " must be a boolean");
        }
        return bool.value();
    }

    private static Optional<String> text(ScimObject object, String field, String where) {
        ScimValue value = object.getIgnoreCase(field).orElse(null);
        if (value == null || value instanceof ScimNull) {
            return Optional.empty();
        }
        if (!(value instanceof ScimString string) || string.value().isBlank() || string.value().length() > 1024) {
            throw invalid(where + ": " + field + " must be a non-empty string of at most 1024 characters");
        }
        return Optional.of(string.value());
    }

    private static ScimObject object(ScimValue value, String where) {
        if (!(value instanceof ScimObject object)) {
            throw invalid(where + " must be an object");
        }
        return object;
    }

    private static void unknownFields(ScimObject object, Set<String> known, String where) {
        for (Map.Entry<String, ScimValue> field : object.fields().entrySet()) {
            if (!known.contains(field.getKey().toLowerCase(Locale.ROOT))) {
                String name = ATTRIBUTE_NAME.matcher(field.getKey()).matches() ? field.getKey() : "(unprintable)";
                throw invalid(where + ": unknown field " + name);
            }
        }
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static BadRequestException invalid(String message) {
        return BadRequestException.invalidValue(message);
    }
}
