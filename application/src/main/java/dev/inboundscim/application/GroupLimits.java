package dev.inboundscim.application;

/**
 * Bounds on groups (SPEC §3 "Limits", all configurable); going over one is 400 {@code tooMany} and changes nothing.
 *
 * @param maxMembersPerRequest  member ids one POST, PUT or PATCH may name (default 10,000)
 * @param maxGroupsPerConnection groups one connection may hold
 * @param maxMembersPerGroup    members one group may hold
 */
public record GroupLimits(int maxMembersPerRequest, long maxGroupsPerConnection, long maxMembersPerGroup) {

    public static final GroupLimits DEFAULTS = new GroupLimits(10_000, 100_000, 1_000_000);

    public GroupLimits {
        if (maxMembersPerRequest < 1 || maxGroupsPerConnection < 1 || maxMembersPerGroup < 1) {
            throw new IllegalArgumentException("group limits must be positive");
        }
    }
}
