package dev.inboundscim.domain.mapping.query;

import dev.inboundscim.domain.mapping.ProfilePath;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.List;
import java.util.Objects;

/**
 * A SCIM filter rewritten in terms of the stored profile, through one connection's mapping. Persistence adapters
 * translate this tree — not the SCIM filter — into their query language, so mapping semantics live in one place.
 */
public sealed interface ProfileCondition {

    /** Matches every user. */
    record MatchAll() implements ProfileCondition {
    }

    /** Matches no user: e.g. a filter on a schema attribute the connection does not map. */
    record MatchNone() implements ProfileCondition {
    }

    /** All conditions hold. */
    record AllOf(List<ProfileCondition> conditions) implements ProfileCondition {
        public AllOf {
            conditions = List.copyOf(conditions);
        }
    }

    /** At least one condition holds. */
    record AnyOf(List<ProfileCondition> conditions) implements ProfileCondition {
        public AnyOf {
            conditions = List.copyOf(conditions);
        }
    }

    /** The condition does not hold. */
    record Negation(ProfileCondition inner) implements ProfileCondition {
    }

    /**
     * The profile value at {@code path} compares to {@code value}. {@code key} names an indexed canonical column that
     * holds the same value ({@link IndexedKey#NONE} otherwise), which an adapter may use to find candidates fast.
     */
    record FieldComparison(ProfilePath path, CompareOperator operator, ScimValue value, boolean caseExact,
                           IndexedKey key) implements ProfileCondition {
        public FieldComparison {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(key, "key");
        }
    }

    /** The profile has a non-empty value at {@code path}. */
    record FieldPresent(ProfilePath path) implements ProfileCondition {
    }

    /** The user's id equals {@code userId} (the SCIM {@code id}). */
    record UserIdEquals(String userId) implements ProfileCondition {
    }

    /** Which canonical, uniquely indexed key column mirrors a profile value. */
    enum IndexedKey {
        NONE, USER_NAME, USER_ID_ATTRIBUTE
    }
}
