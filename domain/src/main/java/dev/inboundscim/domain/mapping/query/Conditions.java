package dev.inboundscim.domain.mapping.query;

import dev.inboundscim.domain.mapping.query.ProfileCondition.AllOf;
import dev.inboundscim.domain.mapping.query.ProfileCondition.AnyElement;
import dev.inboundscim.domain.mapping.query.ProfileCondition.AnyOf;
import dev.inboundscim.domain.mapping.query.ProfileCondition.MatchAll;
import dev.inboundscim.domain.mapping.query.ProfileCondition.MatchNone;
import dev.inboundscim.domain.mapping.query.ProfileCondition.MemberOf;
import dev.inboundscim.domain.mapping.query.ProfileCondition.Negation;
import java.util.ArrayList;
import java.util.List;

/** Folds constants and flattens nesting, so adapters receive small trees and never an empty AND/OR. */
public final class Conditions {

    private Conditions() {
    }

    public static ProfileCondition simplify(ProfileCondition condition) {
        return switch (condition) {
            case AllOf all -> all(all.conditions());
            case AnyOf any -> any(any.conditions());
            case Negation negation -> switch (simplify(negation.inner())) {
                case MatchAll m -> new MatchNone();
                case MatchNone m -> new MatchAll();
                case Negation inner -> inner.inner();
                case ProfileCondition other -> new Negation(other);
            };
            case AnyElement element -> switch (simplify(element.condition())) {
                case MatchNone none -> none;
                case ProfileCondition inner -> new AnyElement(element.path(), inner);
            };
            case MemberOf member -> switch (simplify(member.group())) {
                case MatchNone none -> none;
                case ProfileCondition inner -> new MemberOf(inner);
            };
            default -> condition;
        };
    }

    /** Conditions are values, so a repeated one adds nothing to an AND or an OR. */
    private static void addOnce(List<ProfileCondition> kept, ProfileCondition condition) {
        if (!kept.contains(condition)) {
            kept.add(condition);
        }
    }

    private static ProfileCondition all(List<ProfileCondition> conditions) {
        List<ProfileCondition> kept = new ArrayList<>();
        for (ProfileCondition c : conditions) {
            switch (simplify(c)) {
                case MatchNone none -> {
                    return none;
                }
                case MatchAll ignored -> { }
                case AllOf nested -> nested.conditions().forEach(n -> addOnce(kept, n));
                case ProfileCondition other -> addOnce(kept, other);
            }
        }
        return kept.isEmpty() ? new MatchAll() : kept.size() == 1 ? kept.getFirst() : new AllOf(kept);
    }

    private static ProfileCondition any(List<ProfileCondition> conditions) {
        List<ProfileCondition> kept = new ArrayList<>();
        for (ProfileCondition c : conditions) {
            switch (simplify(c)) {
                case MatchAll all -> {
                    return all;
                }
                case MatchNone ignored -> { }
                case AnyOf nested -> nested.conditions().forEach(n -> addOnce(kept, n));
                case ProfileCondition other -> addOnce(kept, other);
            }
        }
        return kept.isEmpty() ? new MatchNone() : kept.size() == 1 ? kept.getFirst() : new AnyOf(kept);
    }
}
