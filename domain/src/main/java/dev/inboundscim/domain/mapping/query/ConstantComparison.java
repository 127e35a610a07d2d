package dev.inboundscim.domain.mapping.query;

import dev.inboundscim.domain.mapping.MappingValues;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.Locale;
import java.util.Optional;

/** Evaluates a comparison between two known values, for selector constants that need no storage lookup. */
final class ConstantComparison {

    private ConstantComparison() {
    }

    static boolean matches(ScimValue actual, CompareOperator operator, ScimValue literal, boolean caseExact) {
        if (actual instanceof ScimBoolean b) {
            Optional<ScimBoolean> wanted = MappingValues.asBoolean(literal);
            return wanted.isPresent() && switch (operator) {
                case EQ -> b.equals(wanted.get());
                case NE -> !b.equals(wanted.get());
                default -> false;
            };
        }
        if (!(actual instanceof ScimString a) || !(literal instanceof ScimString l)) {
            return operator == CompareOperator.NE;
        }
        String left = caseExact ? a.value() : a.value().toLowerCase(Locale.ROOT);
        String right = caseExact ? l.value() : l.value().toLowerCase(Locale.ROOT);
        return switch (operator) {
            case EQ -> left.equals(right);
            case NE -> !left.equals(right);
            case CO -> left.contains(right);
            case SW -> left.startsWith(right);
            case EW -> left.endsWith(right);
            case GT -> left.compareTo(right) > 0;
            case GE -> left.compareTo(right) >= 0;
            case LT -> left.compareTo(right) < 0;
            case LE -> left.compareTo(right) <= 0;
        };
    }
}
