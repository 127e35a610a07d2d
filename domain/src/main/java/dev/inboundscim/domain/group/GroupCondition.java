package dev.inboundscim.domain.group;

import dev.inboundscim.domain.mapping.query.ProfileCondition.Timestamp;
import dev.inboundscim.domain.query.Connective;
import dev.inboundscim.domain.query.Logic;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A SCIM filter on Groups, resolved against the Group schema; persistence adapters translate this tree into their
 * query language. Groups have a fixed shape, so unlike users no mapping is involved.
 */
public sealed interface GroupCondition {

    /** Builds group conditions: what the resolver rewrites a filter's and/or/not into. */
    Logic<GroupCondition> LOGIC = Logic.of(MatchAll::new, MatchNone::new, AllOf::new, AnyOf::new, Negation::new);

    /** The and/or/not of the tree, which translators hand to their store's {@link Logic} as a whole. */
    sealed interface Logical extends GroupCondition, Connective<GroupCondition> {
    }

    record MatchAll() implements Logical, Connective.Always<GroupCondition> {
    }

    record MatchNone() implements Logical, Connective.Never<GroupCondition> {
    }

    record AllOf(List<GroupCondition> conditions) implements Logical, Connective.All<GroupCondition> {
        public AllOf {
            conditions = List.copyOf(conditions);
        }
    }

    record AnyOf(List<GroupCondition> conditions) implements Logical, Connective.Any<GroupCondition> {
        public AnyOf {
            conditions = List.copyOf(conditions);
        }
    }

    record Negation(GroupCondition inner) implements Logical, Connective.Not<GroupCondition> {
    }

    /**
     * A text attribute compares to {@code value} with one of EQ, CO, SW, EW, GT, GE, LT, LE. {@code displayName}
     * compares by canonical text (the caller passes the canonical value), the others as written.
     */
    record TextComparison(GroupField field, CompareOperator operator, String value) implements GroupCondition {
        public TextComparison {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
            if (operator == CompareOperator.NE) {
                throw new IllegalArgumentException("ne is expressed as a negation of eq");
            }
        }
    }

    /** The attribute has a value (RFC 7644 {@code pr}); {@code id} and {@code displayName} always do. */
    record FieldPresent(GroupField field) implements GroupCondition {
    }

    /** The user is a member. */
    record HasMember(UserId userId) implements GroupCondition {
    }

    /** The group has at least one member. */
    record HasMembers() implements GroupCondition {
    }

    /** {@code meta.created} or {@code meta.lastModified} compares to an instant of millisecond precision. */
    record TimestampComparison(Timestamp field, CompareOperator operator, Instant value) implements GroupCondition {
    }

    /** The text attributes a store keeps for a group, each in its own indexed place. */
    enum GroupField {
        /** Compared by {@link Group#key(String) canonical text}. */
        DISPLAY_NAME,
        EXTERNAL_ID,
        ID
    }
}
