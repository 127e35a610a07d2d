package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupMember;
import dev.inboundscim.domain.group.MembershipChange;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import dev.inboundscim.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The group events of SPEC §5 ({@code group.created|updated|deleted|member.added|member.deleted}), stored as log
 * entries beside the request's own entry and in the same atomic step, so log streams deliver them in order. Member
 * events list the user ids the request added or removed, at most {@link #IDS_PER_EVENT} per event.
 */
final class GroupEvents {

    static final int IDS_PER_EVENT = 1000;

    private final List<LogEntry> entries = new ArrayList<>();
    private final LogEntries log;
    private final Instant now;

    private GroupEvents(LogEntry request, LogEntries log, Instant now) {
        entries.add(request);
        this.log = log;
        this.now = now;
    }

    /** The request's entry, then the events that follow, made by {@code log}. */
    static GroupEvents after(LogEntry request, LogEntries log, Instant now) {
        return new GroupEvents(request, log, now);
    }

    List<LogEntry> entries() {
        return List.copyOf(entries);
    }

    GroupEvents created(Group group, Set<UserId> members) {
        event(LogType.GROUP_CREATED, group, "Group created", details(group).put("members_count",
                ScimNumber.of(members.size())));
        return membersAdded(group, members);
    }

    GroupEvents deleted(Group group) {
        return event(LogType.GROUP_DELETED, group, "Group deleted", details(group));
    }

    /** {@code group.updated} when the name or externalId changed, then the membership events. */
    GroupEvents updated(Group before, Group after, Set<UserId> added, Set<UserId> removed) {
        if (!Objects.equals(before.displayName(), after.displayName())
                || !Objects.equals(before.externalId(), after.externalId())) {
            ScimObject.Builder details = details(after);
            List<ScimValue> changed = new ArrayList<>();
            if (!Objects.equals(before.displayName(), after.displayName())) {
                details.put("previous_display_name", before.displayName());
                changed.add(new ScimString("displayName"));
            }
            if (!Objects.equals(before.externalId(), after.externalId())) {
                changed.add(new ScimString("externalId"));
            }
            // The SCIM names of what changed, for the event streams (SPEC §11).
            details.put("changed", new ScimArray(changed));
            event(LogType.GROUP_UPDATED, after, "Group updated", details);
        }
        membersAdded(after, added);
        return members(LogType.GROUP_MEMBER_DELETED, after, removed, "left");
    }

    private GroupEvents membersAdded(Group group, Set<UserId> added) {
        return members(LogType.GROUP_MEMBER_ADDED, group, added, "joined");
    }

    private GroupEvents members(LogType type, Group group, Set<UserId> users, String verb) {
        List<UserId> ids = List.copyOf(users);
        for (int from = 0; from < ids.size(); from += IDS_PER_EVENT) {
            List<UserId> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_EVENT));
            List<ScimValue> values = chunk.stream().<ScimValue>map(u -> new ScimString(u.value())).toList();
            entries.add(log.event(type, group.connectionId().value(),
                    chunk.size() + (chunk.size() == 1 ? " user " : " users ") + verb + " group "
                            + group.displayName(),
                    chunk.size() == 1 ? chunk.getFirst().value() : null,
                    details(group).put("members", new ScimArray(values)).build(), now));
        }
        return this;
    }

    private GroupEvents event(LogType type, Group group, String description, ScimObject.Builder details) {
        entries.add(log.event(type, group.connectionId().value(), description, null, details.build(), now));
        return this;
    }

    private static ScimObject.Builder details(Group group) {
        ScimObject.Builder details = ScimObject.builder()
                .put("group_id", group.id().value())
                .put("display_name", group.displayName());
        if (group.externalId() != null) {
            details.put("external_id", group.externalId());
        }
        return details;
    }

    /**
     * What {@code change} adds and removes, as events name it. A replacement lists who leaves by reading the
     * members just before the write (a member joining concurrently may be missed in the events, never in the
     * group).
     */
    static Delta delta(GroupRepository groups, Group current, MembershipChange change) {
        if (!change.replaceAll()) {
            return new Delta(change.added(), change.removed());
        }
        Set<UserId> before = new LinkedHashSet<>();
        UserId after = null;
        while (true) {
            List<GroupMember> page = groups.members(current.id(), after, 10_000, null);
            page.forEach(m -> before.add(m.userId()));
            if (page.size() < 10_000) {
                break;
            }
            after = page.getLast().userId();
        }
        Set<UserId> joining = new LinkedHashSet<>(change.added());
        joining.removeAll(before);
        Set<UserId> leaving = new LinkedHashSet<>(before);
        leaving.removeAll(change.added());
        return new Delta(joining, leaving);
    }

    record Delta(Set<UserId> added, Set<UserId> removed) {
    }
}
