package dev.inboundscim.domain.scim.filter;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.schema.AttributeDefinition;
import dev.inboundscim.domain.scim.schema.AttributeType;
import dev.inboundscim.domain.scim.value.CanonicalText;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * One attribute comparison of RFC 7644 §3.4.2.2 over the values an attribute holds: true when any value matches,
 * except {@code ne}, which holds when no value equals. Strings compare by {@link CanonicalText} unless the
 * attribute is {@code caseExact}; dateTimes compare as instants; booleans and binaries allow only equality.
 */
final class Comparison {

    private Comparison() {
    }

    static boolean matches(List<ScimValue> values, CompareOperator operator, ScimValue literal,
                           AttributeDefinition definition) {
        if (operator == CompareOperator.NE) {
            return !matches(values, CompareOperator.EQ, literal, definition);
        }
        if (literal instanceof ScimNull) {
            // "attr eq null" asks for an unassigned attribute; RFC 7643 §2.5 makes null and absent the same.
            return operator == CompareOperator.EQ && values.stream().allMatch(ScimValue::isUnassigned);
        }
        rejectOrderingOfUnorderedTypes(operator, definition);
        return values.stream().anyMatch(v -> one(v, operator, literal, definition));
    }

    private static void rejectOrderingOfUnorderedTypes(CompareOperator operator, AttributeDefinition definition) {
        boolean ordering = operator == CompareOperator.GT || operator == CompareOperator.GE
                || operator == CompareOperator.LT || operator == CompareOperator.LE;
        if (ordering && (definition.type() == AttributeType.BOOLEAN || definition.type() == AttributeType.BINARY)) {
            throw BadRequestException.invalidFilter("gt, ge, lt and le do not apply to " + definition.type()
                    .schemaName() + " attributes such as " + definition.name());
        }
    }

    private static boolean one(ScimValue value, CompareOperator operator, ScimValue literal,
                               AttributeDefinition definition) {
        return switch (definition.type()) {
            case BOOLEAN -> operator == CompareOperator.EQ && bool(value).isPresent()
                    && bool(value).equals(bool(literal));
            case INTEGER, DECIMAL -> value instanceof ScimNumber n && literal instanceof ScimNumber l
                    && ordered(n.value().compareTo(l.value()), operator);
            case DATE_TIME -> instant(value).flatMap(v -> instant(literal).map(l -> ordered(v.compareTo(l), operator)))
                    .orElse(false);
            case STRING, REFERENCE, BINARY, COMPLEX -> value instanceof ScimString s && literal instanceof ScimString l
                    && text(s.value(), operator, l.value(), definition.caseExact());
        };
    }

    private static boolean text(String value, CompareOperator operator, String literal, boolean caseExact) {
        String left = caseExact ? value : CanonicalText.of(value);
        String right = caseExact ? literal : CanonicalText.of(literal);
        return switch (operator) {
            case CO -> left.contains(right);
            case SW -> left.startsWith(right);
            case EW -> left.endsWith(right);
            default -> ordered(left.compareTo(right), operator);
        };
    }

    private static boolean ordered(int comparison, CompareOperator operator) {
        return switch (operator) {
            case EQ -> comparison == 0;
            case NE -> comparison != 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            case CO, SW, EW -> false;
        };
    }

    /** Entra sends booleans as "True"/"False" strings. */
    private static Optional<Boolean> bool(ScimValue value) {
        return switch (value) {
            case ScimBoolean b -> Optional.of(b.value());
            case ScimString s when s.value().equalsIgnoreCase("true") -> Optional.of(true);
            case ScimString s when s.value().equalsIgnoreCase("false") -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Optional<Instant> instant(ScimValue value) {
        if (!(value instanceof ScimString s)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(s.value()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
