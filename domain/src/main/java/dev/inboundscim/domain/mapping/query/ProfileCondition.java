package dev.inboundscim.domain.mapping.query;

import dev.inboundscim.domain.mapping.ProfilePath;
import dev.inboundscim.domain.query.Connective;
import dev.inboundscim.domain.query.Logic;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A SCIM filter rewritten in terms of the stored profile, through one connection's mapping. Persistence adapters
 * translate this tree — not the SCIM filter — into their query language, so mapping semantics live in one place.
 */
public sealed interface ProfileCondition {

    /** Builds profile conditions: what the resolvers rewrite a filter's and/or/not into. */
    Logic<ProfileCondition> LOGIC = Logic.of(MatchAll::new, MatchNone::new, AllOf::new, AnyOf::new, Negation::new);

    /** The and/or/not of the tree, which translators hand to their store's {@link Logic} as a whole. */
    sealed interface Logical extends ProfileCondition, Connective<ProfileCondition> {
    }

    /** Matches every user. */
    record MatchAll() implements Logical, Connective.Always<ProfileCondition> {
    }

    /** Matches no user: e.g. a filter on a schema attribute the connection does not map. */
    record MatchNone() implements Logical, Connective.Never<ProfileCondition> {
    }

    /** All conditions hold. */
    record AllOf(List<ProfileCondition> conditions) implements Logical, Connective.All<ProfileCondition> {
        public AllOf {
            conditions = List.copyOf(conditions);
        }
    }

    /** At least one condition holds. */
    record AnyOf(List<ProfileCondition> conditions) implements Logical, Connective.Any<ProfileCondition> {
        public AnyOf {
            conditions = List.copyOf(conditions);
        }
    }

    /** The condition does not hold. */
    record Negation(ProfileCondition inner) implements Logical, Connective.Not<ProfileCondition> {
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

    /**
     * The user's creation or last-modification instant compares to {@code value} ({@code meta.created},
     * {@code meta.lastModified}, RFC 7644 §3.4.2.2: dates compare as instants). The operator is one of EQ, GT, GE,
     * LT, LE, and {@code value} has millisecond precision, as every store keeps it.
     */
    record TimestampComparison(Timestamp field, CompareOperator operator, Instant value) implements ProfileCondition {
        public TimestampComparison {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The timestamps a user carries in {@code meta}. */
    enum Timestamp {
        CREATED, LAST_MODIFIED
    }

    /**
     * Some element of the array stored at {@code path} satisfies {@code condition}, whose paths are relative to the
     * element (a multi-valued SCIM attribute the mapping keeps as a whole array: {@code emails[type eq "work"]},
     * {@code emails.value co "x"}). Only object elements count, as in the reference evaluator; a value that is not
     * an array has no elements. {@code condition} holds field comparisons, presence tests and their combinations.
     */
    record AnyElement(ProfilePath path, ProfileCondition condition) implements ProfileCondition {
        public AnyElement {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(condition, "condition");
        }
    }

    /**
     * Some value of the array stored at {@code path} (a multi-valued simple attribute the mapping keeps whole, such
     * as a declared {@code tags}) compares to {@code value} with one of EQ, CO, SW, EW, GT, GE, LT, LE (RFC 7644
     * §3.4.2.2: a multi-valued attribute matches when any of its values does).
     */
    record AnyValue(ProfilePath path, CompareOperator operator, ScimValue value, boolean caseExact)
            implements ProfileCondition {
        public AnyValue {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
            if (operator == CompareOperator.NE) {
                throw new IllegalArgumentException("ne is expressed as a negation of eq");
            }
        }
    }

    /**
     * The user is a member of some group of its connection that satisfies {@code group}, a tree of
     * {@link GroupAttributeComparison}s and their combinations (SCIM {@code groups.value}, {@code groups.display}).
     * Memberships are rows of their own, not part of the profile, so adapters join or look them up.
     */
    record MemberOf(ProfileCondition group) implements ProfileCondition {
        public MemberOf {
            Objects.requireNonNull(group, "group");
        }
    }

    /**
     * Inside {@link MemberOf} only: the group's {@code attribute} compares to {@code value} with one of EQ, CO, SW,
     * EW, GT, GE, LT, LE. The display name compares by canonical text, and {@code value} is already canonical then.
     */
    record GroupAttributeComparison(GroupAttribute attribute, CompareOperator operator, String value)
            implements ProfileCondition {
        public GroupAttributeComparison {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
            if (operator == CompareOperator.NE) {
                throw new IllegalArgumentException("ne is expressed as a negation of eq");
            }
        }
    }

    /** The attributes of a group that a user's {@code groups} elements show: its id and its display name. */
    enum GroupAttribute {
        ID, DISPLAY_NAME
    }

    /** The user's id equals {@code userId} (the SCIM {@code id}). */
    record UserIdEquals(String userId) implements ProfileCondition {
    }

    /** Which canonical, uniquely indexed key column mirrors a profile value. */
    enum IndexedKey {
        NONE, USER_NAME, USER_ID_ATTRIBUTE
    }
}
