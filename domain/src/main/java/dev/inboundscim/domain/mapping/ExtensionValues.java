package dev.inboundscim.domain.mapping;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.schema.AttributeDefinition;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Values of attributes a connection declared (SPEC §10): each must have its declared type (400 {@code invalidValue}
 * naming the attribute otherwise), and dateTimes are kept in one fixed-width UTC form, so that stores comparing
 * strings compare instants (RFC 7644 §3.4.2.2: dateTime attributes compare chronologically).
 */
public final class ExtensionValues {

    /** Nanosecond precision, always nine digits: Entra sends seven, and ordering needs one width. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    /**
     * The lexical form of RFC 7643 §2.3.5 (xsd:dateTime, with the offset this server needs to place an instant):
     * seconds and a "Z" or "±hh:mm" offset, both of which java.time alone would let go ("12:22Z", "+02").
     */
    private static final Pattern XSD_DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private ExtensionValues() {
    }

    /** {@code value} checked against {@code definition} ({@code whole}: the attribute itself, not a sub-attribute). */
    static ScimValue check(AttributeDefinition definition, ScimValue value, String name, boolean whole) {
        if (whole && definition.multiValued()) {
            List<ScimValue> elements = value instanceof ScimArray array ? array.values() : List.of(value);
            return new ScimArray(elements.stream()
                    .filter(e -> !isUnassigned(definition, e)).map(e -> single(definition, e, name)).toList());
        }
        return single(definition, value, name);
    }

    private static ScimValue single(AttributeDefinition definition, ScimValue value, String name) {
        return switch (definition.type()) {
            case STRING, REFERENCE, BINARY -> require(value instanceof ScimString, value, name, "a string");
            case BOOLEAN -> MappingValues.asBoolean(value)
                    .orElseThrow(() -> BadRequestException.invalidValue(name + " must be a boolean"));
            case DECIMAL -> require(value instanceof ScimNumber, value, name, "a number");
            case INTEGER -> require(value instanceof ScimNumber number && isIntegral(number.value()), value, name,
                    "an integer");
            case DATE_TIME -> dateTime(value).map(ScimString::new).<ScimValue>map(s -> s).orElseThrow(() ->
                    BadRequestException.invalidValue(name + " must be a dateTime such as 2026-01-31T12:00:00Z"));
            case COMPLEX -> complex(definition, value, name);
        };
    }

    private static ScimValue complex(AttributeDefinition definition, ScimValue value, String name) {
        if (!(value instanceof ScimObject object)) {
            throw BadRequestException.invalidValue(name + " must be an object");
        }
        ScimObject.Builder checked = ScimObject.builder();
        object.fields().forEach((key, sub) -> {
            AttributeDefinition subDefinition = definition.subAttribute(key).orElseThrow(() ->
                    BadRequestException.invalidValue(name + " has no sub-attribute " + printable(key)));
            if (!isUnassigned(subDefinition, sub)) {
                checked.put(subDefinition.name(), single(subDefinition, sub, name + "." + subDefinition.name()));
            }
        });
        return checked.build();
    }

    /**
     * Whether {@code value} leaves a declared attribute unassigned: null and [] do (RFC 7643 §2.5), and so does ""
     * where a string is expected; for a boolean, a number or a dateTime, "" is a value of the wrong type.
     */
    static boolean isUnassigned(AttributeDefinition definition, ScimValue value) {
        if (value instanceof ScimString text && text.value().isEmpty()) {
            return switch (definition.type()) {
                case STRING, REFERENCE, BINARY, COMPLEX -> true;
                case BOOLEAN, DECIMAL, INTEGER, DATE_TIME -> false;
            };
        }
        return value.isUnassigned();
    }

    /** The canonical form of a dateTime literal, or empty when it is not one. */
    public static Optional<String> dateTime(ScimValue value) {
        if (!(value instanceof ScimString text) || !XSD_DATE_TIME.matcher(text.value()).matches()) {
            return Optional.empty();
        }
        try {
            Instant instant = OffsetDateTime.parse(text.value()).toInstant();
            return Optional.of(DATE_TIME.format(instant));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean isIntegral(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static ScimValue require(boolean ok, ScimValue value, String name, String expected) {
        if (!ok) {
            throw BadRequestException.invalidValue(name + " must be " + expected);
        }
        return value;
    }

    private static String printable(String key) {
        return key.matches("[A-Za-z$][A-Za-z0-9_$-]{0,64}") ? key : "(unprintable)";
    }
}
