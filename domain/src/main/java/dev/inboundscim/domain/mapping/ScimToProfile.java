package dev.inboundscim.domain.mapping;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.schema.AttributeDefinition;
import dev.inboundscim.domain.scim.schema.Mutability;
import dev.inboundscim.domain.scim.value.JsonText;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns a SCIM User document into profile attributes through a mapping (SPEC §2): mapped values are type-checked
 * and stored at their profile paths, {@code active} is inverted into {@code blocked}, and everything unmapped —
 * {@code password} included — is ignored.
 */
public final class ScimToProfile {

    private ScimToProfile() {
    }

    /** The profile attributes (root, {@code app_metadata}, {@code user_metadata}) that {@code resource} sets. */
    public static ScimObject convert(ScimObject resource, AttributeMapping mapping) {
        ProfileTree.Draft profile = new ProfileTree.Draft(ScimObject.EMPTY);
        for (MappingPair pair : mapping.pairs()) {
            Optional<ScimValue> value = read(resource, pair.scim()).filter(v -> !isUnassigned(v, pair));
            if (value.isPresent()) {
                profile.set(pair.auth0(), coerce(value.get(), pair));
            } else if (pair.scim().isDeclared() && pair.scim().subAttribute() == null
                    && pair.scim().attributeDefinition().required()) {
                // RFC 7643 §7: a required attribute must have a value; only declared ones are checked here.
                throw BadRequestException.invalidValue(pair.scim() + " is required");
            }
        }
        return profile.build();
    }

    private static boolean isUnassigned(ScimValue value, MappingPair pair) {
        return pair.scim().isDeclared() ? ExtensionValues.isUnassigned(pair.scim().valueDefinition(), value)
                : value.isUnassigned();
    }

    /**
     * The profile after a SCIM replace (RFC 7644 §3.5.1): every mapped value comes from {@code resource} or is
     * cleared, while profile values that no pair addresses (set at login, say) are kept.
     */
    public static ScimObject replaceMapped(ScimObject existingProfile, ScimObject resource, AttributeMapping mapping) {
        ProfileTree.Draft profile = new ProfileTree.Draft(existingProfile);
        for (MappingPair pair : mapping.pairs()) {
            // A replace that says nothing about "active" must not reactivate a deactivated user: RFC 7643 gives
            // active no default, and unblocking is the one change that must never happen by omission.
            boolean keepBlocked = pair.isActiveToBlocked()
                    && read(resource, pair.scim()).filter(v -> !v.isUnassigned()).isEmpty();
            if (!keepBlocked) {
                profile.remove(pair.auth0());
            }
        }
        ScimObject incoming = convert(resource, mapping);
        for (MappingPair pair : mapping.pairs()) {
            immutableValue(pair, existingProfile, incoming).ifPresent(value -> profile.set(pair.auth0(), value));
            ProfileTree.get(incoming, pair.auth0()).ifPresent(value -> profile.set(pair.auth0(), value));
        }
        return profile.build();
    }

    /**
     * RFC 7644 §3.5.1 immutable: once a declared attribute has a value, a replace may repeat it or leave it out
     * (it stays), but not change it. The value to keep, if any.
     */
    private static Optional<ScimValue> immutableValue(MappingPair pair, ScimObject before, ScimObject after) {
        if (!pair.scim().isDeclared() || pair.scim().valueDefinition().mutability() != Mutability.IMMUTABLE) {
            return Optional.empty();
        }
        Optional<ScimValue> old = ProfileTree.get(before, pair.auth0()).filter(v -> !v.isUnassigned());
        Optional<ScimValue> incoming = ProfileTree.get(after, pair.auth0());
        if (old.isPresent() && incoming.isPresent() && !old.equals(incoming)) {
            throw BadRequestException.mutability(pair.scim() + " is immutable and already has a value");
        }
        return old;
    }

    /** The value {@code path} addresses in a SCIM document, if any. */
    static Optional<ScimValue> read(ScimObject resource, ScimMappingPath path) {
        Optional<ScimObject> container = path.inExtension()
                ? resource.getIgnoreCase(path.schemaUrn()).flatMap(ScimToProfile::asObject)
                : Optional.of(resource);
        Optional<ScimValue> top = container.flatMap(c -> c.getIgnoreCase(path.attribute()));
        if (path.subAttribute() == null) {
            return top;
        }
        if (path.selector() == null) {
            return top.flatMap(ScimToProfile::asObject).flatMap(o -> o.getIgnoreCase(path.subAttribute()));
        }
        return top.flatMap(v -> selectElement(v, path.selector()))
                .flatMap(element -> element.getIgnoreCase(path.subAttribute()));
    }

    private static Optional<ScimObject> selectElement(ScimValue value, ElementSelector selector) {
        if (!(value instanceof ScimArray array)) {
            return Optional.empty();
        }
        List<ScimObject> elements = array.values().stream().flatMap(v -> asObject(v).stream()).toList();
        Optional<ScimObject> match = elements.stream()
                .filter(e -> e.getIgnoreCase(selector.subAttribute()).filter(selector::matches).isPresent())
                .findFirst();
        if (match.isPresent() || !isPrimarySelector(selector) || elements.size() != 1) {
            return match;
        }
        // RFC 7643 §2.4 makes "primary" optional: a lone element that does not deny it is the primary one.
        ScimObject only = elements.getFirst();
        return only.getIgnoreCase("primary").isPresent() ? Optional.empty() : Optional.of(only);
    }

    private static boolean isPrimarySelector(ElementSelector selector) {
        return selector.subAttribute().equals("primary") && selector.value().equals(ScimBoolean.TRUE);
    }

    private static ScimValue coerce(ScimValue value, MappingPair pair) {
        AttributeDefinition definition = pair.scim().valueDefinition();
        String name = pair.scim().toString();
        if (pair.scim().isDeclared()) {
            return ExtensionValues.check(definition, value, name, pair.scim().subAttribute() == null);
        }
        if (pair.isActiveToBlocked()) {
            ScimBoolean active = MappingValues.asBoolean(value)
                    .orElseThrow(() -> BadRequestException.invalidValue("active must be a boolean"));
            return ScimBoolean.of(!active.value());
        }
        if (definition.multiValued() && pair.scim().subAttribute() == null) {
            ScimArray array = value instanceof ScimArray a ? a : new ScimArray(List.of(value));
            return new ScimArray(array.values().stream().flatMap(ScimToProfile::expandJsonArray)
                    .map(ScimToProfile::decodeJsonElement).toList());
        }
        return switch (definition.type()) {
            case BOOLEAN -> MappingValues.asBoolean(value)
                    .orElseThrow(() -> BadRequestException.invalidValue(name + " must be a boolean"));
            case INTEGER, DECIMAL -> requireType(value, ScimNumber.class, name, "a number");
            case COMPLEX -> complex(value, name);
            case STRING, REFERENCE, DATE_TIME, BINARY -> requireType(value, ScimString.class, name, "a string");
        };
    }

    /** A string holding a JSON array of objects (a whole role list serialised into one value) stands for them. */
    private static Stream<ScimValue> expandJsonArray(ScimValue element) {
        if (element instanceof ScimString text && JsonText.parse(text.value()).orElse(null) instanceof ScimArray list
                && !list.values().isEmpty() && list.values().stream().allMatch(ScimObject.class::isInstance)) {
            return list.values().stream();
        }
        return Stream.of(element);
    }

    /**
     * Entra sends app roles as JSON serialised into strings, either the whole element or its {@code value}
     * ({@code {"value":"{\"id\":\"…\",\"value\":\"Admin\"}"}}); SPEC §2 asks to store the decoded objects.
     */
    private static ScimValue decodeJsonElement(ScimValue element) {
        if (element instanceof ScimString text) {
            return JsonText.parse(text.value()).filter(ScimObject.class::isInstance).orElse(element);
        }
        if (element instanceof ScimObject object
                && object.getIgnoreCase("value").orElse(null) instanceof ScimString inner
                && JsonText.parse(inner.value()).orElse(null) instanceof ScimObject decoded) {
            ScimObject.Builder merged = ScimObject.builder();
            object.fields().forEach((k, v) -> {
                if (!k.equalsIgnoreCase("value")) {
                    merged.put(k, v);
                }
            });
            decoded.fields().forEach(merged::put);
            return merged.build();
        }
        return element;
    }

    private static ScimValue complex(ScimValue value, String name) {
        // Entra sends the enterprise manager as a bare id string in PATCH; it means {"value": id}.
        if (value instanceof ScimString id) {
            return ScimObject.builder().put("value", id).build();
        }
        return requireType(value, ScimObject.class, name, "an object");
    }

    private static ScimValue requireType(ScimValue value, Class<? extends ScimValue> type, String name,
                                         String expected) {
        if (!type.isInstance(value)) {
            throw BadRequestException.invalidValue(name + " must be " + expected);
        }
        return value;
    }

    private static Optional<ScimObject> asObject(ScimValue value) {
        return value instanceof ScimObject object ? Optional.of(object) : Optional.empty();
    }
}
