package dev.inboundscim.domain.group;

import dev.inboundscim.domain.group.GroupCondition.GroupField;
import dev.inboundscim.domain.mapping.query.ProfileCondition;
import dev.inboundscim.domain.mapping.query.ProfileCondition.GroupAttributeComparison;

/**
 * The group side of a Users filter on {@code groups} ({@link ProfileCondition.MemberOf}) as a {@link GroupCondition},
 * so each store finds the groups with the translator its Group filters already use.
 */
public final class MemberOfGroups {

    private MemberOfGroups() {
    }

    public static GroupCondition condition(ProfileCondition.MemberOf memberOf) {
        return condition(memberOf.group());
    }

    private static GroupCondition condition(ProfileCondition group) {
        return switch (group) {
            case ProfileCondition.Logical logical -> logical.fold(GroupCondition.LOGIC, MemberOfGroups::condition);
            case GroupAttributeComparison comparison -> new GroupCondition.TextComparison(
                    switch (comparison.attribute()) {
                        case ID -> GroupField.ID;
                        case DISPLAY_NAME -> GroupField.DISPLAY_NAME;
                    }, comparison.operator(), comparison.value());
            default -> throw new IllegalArgumentException("not a condition on a group: " + group);
        };
    }
}
