package dev.inboundscim.domain.group;

import dev.inboundscim.domain.user.UserId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a write does to a group's members, as a delta: with {@code replaceAll} every current member not in
 * {@code added} leaves; otherwise {@code added} join (members already in stay) and {@code removed} leave. Stores
 * apply it without reading the whole membership, and two concurrent deltas never undo each other.
 */
public record MembershipChange(boolean replaceAll, Set<UserId> added, Set<UserId> removed) {

    public static final MembershipChange NONE = new MembershipChange(false, Set.of(), Set.of());

    public MembershipChange {
        added = Set.copyOf(new LinkedHashSet<>(added));
        removed = Set.copyOf(new LinkedHashSet<>(removed));
        if (replaceAll && !removed.isEmpty()) {
            throw new IllegalArgumentException("a replacement lists the members that stay, not the ones that leave");
        }
    }

    public static MembershipChange replaceWith(Set<UserId> members) {
        return new MembershipChange(true, members, Set.of());
    }

    public boolean isEmpty() {
        return !replaceAll && added.isEmpty() && removed.isEmpty();
    }

    /** How many member ids the change names, the measure of the members-per-request limit. */
    public int size() {
        return added.size() + removed.size();
    }

    /** Folds operations in request order: the last word about a user wins, and a replacement resets the rest. */
    public static final class Builder {
        private boolean replaceAll;
        private final Map<UserId, Boolean> delta = new LinkedHashMap<>();

        public Builder add(UserId userId) {
            delta.put(userId, true);
            return this;
        }

        public Builder remove(UserId userId) {
            if (replaceAll) {
                delta.remove(userId);
            } else {
                delta.put(userId, false);
            }
            return this;
        }

        public Builder removeAll() {
            replaceAll = true;
            delta.clear();
            return this;
        }

        public MembershipChange build() {
            Set<UserId> added = new LinkedHashSet<>();
            Set<UserId> removed = new LinkedHashSet<>();
            delta.forEach((user, joins) -> (joins ? added : removed).add(user));
            return new MembershipChange(replaceAll, added, removed);
        }
    }
}
