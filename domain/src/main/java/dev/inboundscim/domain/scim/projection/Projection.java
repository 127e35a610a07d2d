package dev.inboundscim.domain.scim.projection;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.filter.FilterParser;
import dev.inboundscim.domain.scim.filter.PathExpression;
import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.schema.AttributeDefinition;
import dev.inboundscim.domain.scim.schema.SchemaSet;
import dev.inboundscim.domain.scim.schema.SchemaSet.ResolvedAttribute;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code attributes} / {@code excludedAttributes} parameters (RFC 7644 §3.4.2.5, §3.9): which attributes and
 * sub-attributes of a resource a response carries. {@code id} and {@code schemas} are always returned; both
 * parameters at once is {@code invalidValue}; names no schema defines are ignored, as the RFC lets servers do.
 */
public final class Projection {

    public static final Projection ALL = new Projection(List.of(), false);

    private final List<Selector> selectors;
    private final boolean inclusive;

    private Projection(List<Selector> selectors, boolean inclusive) {
        this.selectors = selectors;
        this.inclusive = inclusive;
    }

    /** A projection from the raw parameter values (comma-separated lists, null when absent). */
    public static Projection of(String attributes, String excludedAttributes, SchemaSet schemas) {
        boolean include = attributes != null && !attributes.isBlank();
        boolean exclude = excludedAttributes != null && !excludedAttributes.isBlank();
        if (include && exclude) {
            throw BadRequestException.invalidValue("attributes and excludedAttributes cannot be used together");
        }
        if (!include && !exclude) {
            return ALL;
        }
        List<Selector> selectors = Arrays.stream((include ? attributes : excludedAttributes).split(","))
                .map(String::trim).filter(s -> !s.isEmpty())
                .map(text -> Selector.of(attributePath(text), schemas))
                .filter(Objects::nonNull).toList();
        return new Projection(selectors, include);
    }

    /**
     * The attribute a parameter entry names. Microsoft's test suite sends {@code emails[type eq "work"]}, which the
     * RFC grammar does not allow here; the filter is dropped and the attribute selected whole.
     */
    private static AttributePath attributePath(String text) {
        PathExpression path = FilterParser.parsePath(text);
        return path.subAttribute() == null ? path.attribute() : path.attribute().withSubAttribute(path.subAttribute());
    }

    public boolean isAll() {
        return this == ALL;
    }

    /** The resource with only the selected attributes (the document's keys are matched ignoring case). */
    public ScimObject apply(ScimObject resource, SchemaSet schemas) {
        if (isAll() && !schemas.restrictsReturned()) {
            return resource;
        }
        ScimObject.Builder result = ScimObject.builder();
        resource.fields().forEach((key, value) -> {
            var extension = schemas.extension(key);
            if (extension.isPresent() && value instanceof ScimObject members) {
                ScimObject kept = keep(members, extension.get(), schemas);
                if (!kept.fields().isEmpty()) {
                    result.put(key, kept);
                }
                return;
            }
            project(key, value, null, schemas).ifPresent(v -> result.put(key, v));
        });
        return result.build();
    }

    private ScimObject keep(ScimObject members, String extensionUrn, SchemaSet schemas) {
        ScimObject.Builder kept = ScimObject.builder();
        members.fields().forEach((key, value) -> project(key, value, extensionUrn, schemas)
                .ifPresent(v -> kept.put(key, v)));
        return kept.build();
    }

    private Optional<ScimValue> project(String key, ScimValue value, String extensionUrn,
                                                  SchemaSet schemas) {
        if (key.equalsIgnoreCase("schemas") || key.equalsIgnoreCase("id") && extensionUrn == null) {
            return Optional.of(value);
        }
        AttributePath path = new AttributePath(extensionUrn, key, null);
        ResolvedAttribute resolved = schemas.resolve(path).orElse(null);
        if (resolved == null) {
            return inclusive ? Optional.empty() : Optional.of(value);
        }
        List<Selector> matching = selectors.stream().filter(s -> s.names(resolved)).toList();
        boolean whole = matching.stream().anyMatch(s -> s.sub() == null);
        // RFC 7643 §7 "returned": never is never shown, always always, request only when asked for by name.
        switch (resolved.definition().returned()) {
            case "never" -> {
                return Optional.empty();
            }
            case "always" -> {
                return Optional.of(value);
            }
            case "request" -> {
                if (!inclusive || matching.isEmpty()) {
                    return Optional.empty();
                }
            }
            default -> { }
        }
        if (inclusive) {
            if (whole) {
                return Optional.of(value);
            }
            return matching.isEmpty() ? Optional.empty()
                    : subSelect(value, matching.stream().map(Selector::sub).toList(), true);
        }
        if (whole) {
            return Optional.empty();
        }
        return matching.isEmpty() ? Optional.of(value)
                : subSelect(value, matching.stream().map(Selector::sub).toList(), false);
    }

    /** Keeps ({@code keep}) or drops the named sub-attributes in a complex value or in every element. */
    private static Optional<ScimValue> subSelect(ScimValue value, List<String> subs, boolean keep) {
        return switch (value) {
            case ScimObject object -> {
                ScimObject.Builder kept = ScimObject.builder();
                object.fields().forEach((k, v) -> {
                    if (subs.stream().anyMatch(k::equalsIgnoreCase) == keep) {
                        kept.put(k, v);
                    }
                });
                ScimObject result = kept.build();
                yield result.fields().isEmpty() ? Optional.empty() : Optional.of(result);
            }
            case ScimArray array -> {
                List<ScimValue> elements = new ArrayList<>();
                array.values().forEach(e -> subSelect(e, subs, keep).ifPresent(elements::add));
                yield elements.isEmpty() ? Optional.empty() : Optional.of(new ScimArray(elements));
            }
            default -> keep ? Optional.empty() : Optional.of(value);
        };
    }

    /** One selected attribute, resolved against the schemas, with an optional sub-attribute. */
    private record Selector(AttributeDefinition attribute, String extensionUrn, String sub) {

        static Selector of(AttributePath path, SchemaSet schemas) {
            ResolvedAttribute resolved = schemas.resolve(path).orElse(null);
            if (resolved == null) {
                return null;
            }
            String sub = path.subAttribute() == null ? null : resolved.definition().subAttribute(path.subAttribute())
                    .map(AttributeDefinition::name).orElse(path.subAttribute());
            return new Selector(resolved.definition(), resolved.extensionUrn(), sub);
        }

        boolean names(ResolvedAttribute resolved) {
            return attribute.name().equals(resolved.definition().name())
                    && Objects.equals(extensionUrn, resolved.extensionUrn());
        }
    }
}
