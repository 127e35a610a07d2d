package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.port.out.GroupWrite;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupCondition;
import dev.inboundscim.domain.group.GroupEdit;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.group.GroupMember;
import dev.inboundscim.domain.group.GroupRef;
import dev.inboundscim.domain.group.GroupSort;
import dev.inboundscim.domain.group.MembershipChange;
import dev.inboundscim.domain.mapping.ProfilePath;
import dev.inboundscim.domain.scim.paging.Page;
import dev.inboundscim.domain.scim.paging.PagePosition;
import dev.inboundscim.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Groups in {@code groups}, memberships in {@code group_members} ({@link GroupMemberships}), without transactions.
 * A write first makes every check that can fail (members are users, limits), then commits the group document in one
 * version-guarded update that also records the membership delta ({@code pendingMembership}) and the log entry
 * ({@code pendingLogs}); only then does it apply the delta to the membership documents and clear the record. The
 * guarded update is the commit point: a stop after it leaves a delta that {@link #recover} applies again (deltas are
 * idempotent), a stop before it changed nothing. A writer that finds another's delta still recorded finishes it
 * first, so counts are always computed on memberships that match the group's version. Group ids are unique across
 * connections through the id directory ({@link IdDirectory}), where a caller that knows only a group id reads its
 * connection first: every command names the connection (docs/scaling.md).
 */
final class MongoGroupRepository implements GroupRepository {

    /** The most memberships a Users filter on {@code groups} may reach on this store. */
    static final int MEMBER_FILTER_LIMIT = 100_000;

    private static final Bson ORDER = Sorts.ascending(GroupDocuments.SEQ);
    /** How many deltas of other writers an update finishes before it gives up (the caller then tries again). */
    private static final int ATTEMPTS = 32;

    private final MongoCollection<Document> groups;
    private final IdDirectory directory;
    private final MongoCollection<Document> users;
    private final IdDirectory userDirectory;
    private final MongoCollection<Document> connections;
    private final GroupMemberships memberships;
    private final UserSequence sequence;
    private final LogOutbox outbox;

    MongoGroupRepository(MongoCollection<Document> groups, IdDirectory directory, MongoCollection<Document> users,
                         IdDirectory userDirectory, MongoCollection<Document> connections,
                         GroupMemberships memberships, UserSequence sequence, LogOutbox outbox) {
        this.groups = groups;
        this.directory = directory;
        this.users = users;
        this.userDirectory = userDirectory;
        this.connections = connections;
        this.memberships = memberships;
        this.sequence = sequence;
        this.outbox = outbox;
    }

    @Override
    public void insert(GroupWrite.Insert write) {
        Group group = write.group();
        Set<UserId> members = write.members();
        long maxGroupsPerConnection = write.maxGroupsPerConnection();
        long maxMembersPerGroup = write.maxMembersPerGroup();
        if (members.size() > maxMembersPerGroup) {
            throw tooManyMembers(maxMembersPerGroup);
        }
        if (!MongoConnectionRepository.exists(connections, group.connectionId().value())) {
            throw NotFoundException.resource("Connection", group.connectionId().value());
        }
        // Checked before the insert, so concurrent creates may pass the limit by the few that race; the limit
        // protects against runaway clients, not against a handful of parallel requests.
        if (groups.countDocuments(Filters.and(Filters.eq(GroupDocuments.CONNECTION_ID, group.connectionId().value()),
                UserDocuments.live())) >= maxGroupsPerConnection) {
            throw BadRequestException.tooMany("this connection already holds its limit of " + maxGroupsPerConnection
                    + " groups");
        }
        requireUsersOf(group.connectionId(), members);
        List<Document> entries = LogDocuments.documents(write.logs());
        Document document = GroupDocuments.insert(group, sequence.next(), entries);
        MembershipChange change = new MembershipChange(false, members, Set.of());
        if (!change.isEmpty()) {
            document.append(GroupDocuments.PENDING, GroupDocuments.pending(change));
        }
        IdDirectory.Claim claim = directory.claim(group.id().value(), group.connectionId().value(),
                group.createdAt(), this::free).orElseThrow(MongoGroupRepository::idTaken);
        try {
            groups.insertOne(document);
        } catch (RuntimeException e) {
            directory.release(claim);
            throw translate(e);
        }
        if (!directory.confirm(claim)) {
            // A create in another connection took the id over while this one stalled past its claim: it wins.
            groups.deleteOne(Filters.and(UserDocuments.liveDocument(group.connectionId().value(), group.id().value()),
                    Filters.eq(GroupDocuments.VERSION, group.version())));
            throw idTaken();
        }
        finish(group.connectionId().value(), group.id().value(), change, group.version());
        entries.forEach(entry -> outbox.deliver(group.connectionId().value(), group.id().value(), entry));
    }

    /** Whether no group of the connection holds the id, once a tombstone's memberships and entries are gone. */
    private boolean free(String connectionId, String id, Instant now) {
        Document existing = groups.find(Filters.and(Filters.eq(GroupDocuments.ID, id),
                Filters.eq(GroupDocuments.CONNECTION_ID, connectionId))).first();
        if (existing == null) {
            return true;
        }
        if (!UserDocuments.isTombstone(existing)) {
            return false;
        }
        memberships.removeGroup(connectionId, id);
        return outbox.relay(existing);
    }

    @Override
    public Optional<Group> findById(ConnectionId connectionId, GroupId id) {
        return first(UserDocuments.liveDocument(connectionId.value(), id.value()));
    }

    /** The group's connection first (the directory), then the group by both keys. */
    @Override
    public Optional<Group> findById(GroupId id) {
        return directory.connectionOf(id.value()).flatMap(connectionId -> findById(new ConnectionId(connectionId), id));
    }

    @Override
    public Group update(GroupWrite.Update write) {
        ConnectionId connectionId = write.connectionId();
        GroupId id = write.id();
        Long expectedVersion = write.expectedVersion();
        GroupEdit edit = write.edit();
        long maxMembersPerGroup = write.maxMembersPerGroup();
        Instant now = write.now();
        requireUsersOf(connectionId, edit.members().added());
        Bson current = UserDocuments.liveDocument(connectionId.value(), id.value());
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Document document = groups.find(current).projection(UserDocuments.WITHOUT_OUTBOX).first();
            if (document == null) {
                throw NotFoundException.resource("Group", id.value());
            }
            if (document.containsKey(GroupDocuments.PENDING)) {
                finishRecorded(document);
                continue;
            }
            Group stored = GroupDocuments.group(document);
            if (expectedVersion != null && stored.version() != expectedVersion) {
                throw PreconditionFailedException.versionMismatch(id.value());
            }
            long count = countAfter(stored, edit.members());
            if (count > maxMembersPerGroup) {
                throw tooManyMembers(maxMembersPerGroup);
            }
            Group updated = new Group(stored.id(), stored.connectionId(),
                    edit.displayName() == null ? stored.displayName() : edit.displayName(),
                    edit.externalIdChanged() ? edit.externalId() : stored.externalId(), stored.createdAt(),
                    now, stored.version() + 1, count);
            List<Document> entries = LogDocuments.documents(write.logs());
            List<Bson> changes = new ArrayList<>(List.of(
                    Updates.set(GroupDocuments.DISPLAY_NAME, updated.displayName()),
                    Updates.set(GroupDocuments.DISPLAY_NAME_KEY, updated.displayNameKey()),
                    Updates.set(GroupDocuments.EXTERNAL_ID, updated.externalId()),
                    Updates.set(GroupDocuments.MEMBER_COUNT, count),
                    Updates.set(GroupDocuments.UPDATED_AT, Instants.toDate(now)),
                    Updates.set(GroupDocuments.VERSION, updated.version()),
                    Updates.pushEach(GroupDocuments.OUTBOX, entries)));
            if (!edit.members().isEmpty()) {
                changes.add(Updates.set(GroupDocuments.PENDING, GroupDocuments.pending(edit.members())));
            }
            UpdateResult result;
            try {
                result = groups.updateOne(Filters.and(current, Filters.eq(GroupDocuments.VERSION, stored.version())),
                        Updates.combine(changes));
            } catch (RuntimeException e) {
                throw translate(e);
            }
            if (result.getMatchedCount() == 1) {
                finish(connectionId.value(), id.value(), edit.members(), updated.version());
                entries.forEach(entry -> outbox.deliver(connectionId.value(), id.value(), entry));
                return updated;
            }
            // Another writer moved the version between the read and the write: the caller decides again on a
            // fresh read (and answers 412 only to a client that sent If-Match).
            throw PreconditionFailedException.versionMismatch(id.value());
        }
        throw PreconditionFailedException.versionMismatch(id.value());
    }

    /** The member count after {@code change}, from the memberships it names (the group's count covers the rest). */
    private long countAfter(Group stored, MembershipChange change) {
        if (change.replaceAll()) {
            return change.added().size();
        }
        Set<UserId> named = new HashSet<>(change.added());
        named.addAll(change.removed());
        Set<String> present = memberships.membersAmong(stored.connectionId().value(), stored.id().value(), named);
        long joining = change.added().stream().filter(u -> !present.contains(u.value())).count();
        long leaving = change.removed().stream().filter(u -> present.contains(u.value())).count();
        return stored.memberCount() + joining - leaving;
    }

    /** Applies a committed delta to the membership documents, then clears its record (if still this version's). */
    private void finish(String connectionId, String groupId, MembershipChange change, long version) {
        if (change.isEmpty()) {
            return;
        }
        memberships.apply(connectionId, groupId, change);
        groups.updateOne(Filters.and(Filters.eq(GroupDocuments.CONNECTION_ID, connectionId),
                        Filters.eq(GroupDocuments.ID, groupId),
                        Filters.eq(GroupDocuments.VERSION, version), Filters.exists(GroupDocuments.PENDING, true)),
                Updates.unset(GroupDocuments.PENDING));
    }

    private void finishRecorded(Document group) {
        finish(group.getString(GroupDocuments.CONNECTION_ID), group.getString(GroupDocuments.ID),
                GroupDocuments.pending(group.get(GroupDocuments.PENDING, Document.class)),
                group.get(GroupDocuments.VERSION, Number.class).longValue());
    }

    @Override
    public void delete(GroupWrite.Delete write) {
        ConnectionId connectionId = write.connectionId();
        GroupId id = write.id();
        Long expectedVersion = write.expectedVersion();
        Bson current = UserDocuments.liveDocument(connectionId.value(), id.value());
        Document document = groups.find(current).projection(UserDocuments.WITHOUT_OUTBOX).first();
        if (document == null) {
            throw NotFoundException.resource("Group", id.value());
        }
        long version = document.get(GroupDocuments.VERSION, Number.class).longValue();
        if (expectedVersion != null && version != expectedVersion) {
            throw PreconditionFailedException.versionMismatch(id.value());
        }
        // A tombstone: its connection kept, out of the creation order (no read of live groups finds it), its name
        // free at once, the entry in its outbox.
        UpdateResult result = groups.updateOne(Filters.and(current, Filters.eq(GroupDocuments.VERSION, version)),
                Updates.combine(Updates.unset(GroupDocuments.SEQ),
                        Updates.set(GroupDocuments.DELETED_FROM, connectionId.value()),
                        Updates.set(GroupDocuments.DISPLAY_NAME_KEY, new Document("none", id.value())),
                        Updates.unset(GroupDocuments.PENDING),
                        Updates.set(GroupDocuments.VERSION, version + 1),
                        Updates.pushEach(GroupDocuments.OUTBOX,
                                LogDocuments.documents(write.logs()))));
        if (result.getMatchedCount() != 1) {
            // Changed since the read: the caller decides again on a fresh read.
            throw PreconditionFailedException.versionMismatch(id.value());
        }
        memberships.removeGroup(connectionId.value(), id.value());
        outbox.relayTombstone(connectionId.value(), id.value());
    }

    /**
     * Finishes what a stopped process left: recorded deltas are applied again, deleted groups lose their memberships
     * before their tombstones go, and counts are made to match the memberships.
     */
    void recover() {
        memberships.addConnections();
        groups.find(Filters.exists(GroupDocuments.PENDING, true)).comment(GroupMemberships.START_UP)
                .forEach(this::finishRecorded);
        groups.find(Filters.exists(GroupDocuments.DELETED_FROM, true)).comment(GroupMemberships.START_UP)
                .forEach(tombstone -> memberships.removeGroup(tombstone.getString(GroupDocuments.DELETED_FROM),
                        tombstone.getString(GroupDocuments.ID)));
        outbox.relayAllPending();
        memberships.recount();
    }

    @Override
    public Page<Group> search(ConnectionId connectionId, GroupCondition condition, GroupSort sort, long offset,
                              int limit) {
        if (condition instanceof GroupCondition.MatchNone) {
            return new Page<>(List.of(), 0);
        }
        return page(Filters.and(Filters.eq(GroupDocuments.CONNECTION_ID, connectionId.value()), UserDocuments.live(),
                conditions(connectionId).translate(condition)), order(sort), offset, limit);
    }

    /** The Groups filters of one connection: a member's groups are read within it. */
    private GroupConditionBson conditions(ConnectionId connectionId) {
        return new GroupConditionBson(user -> memberships.groupIdsOf(connectionId.value(), user.value()));
    }

    /** Missing values sort lowest in MongoDB: first ascending, last descending, as the port says. */
    private static Bson order(GroupSort sort) {
        if (sort == null) {
            return ORDER;
        }
        String field = switch (sort.key()) {
            case DISPLAY_NAME -> GroupDocuments.DISPLAY_NAME_KEY;
            case EXTERNAL_ID -> GroupDocuments.EXTERNAL_ID;
            case ID -> GroupDocuments.ID;
            case CREATED -> GroupDocuments.CREATED_AT;
            case LAST_MODIFIED -> GroupDocuments.UPDATED_AT;
        };
        return Sorts.orderBy(sort.descending() ? Sorts.descending(field) : Sorts.ascending(field), ORDER);
    }

    /** A keyset page: the documents after the position in the listing's order, one more to know if others follow. */
    @Override
    public PagePosition.Page<Group> searchAfter(ConnectionId connectionId, GroupCondition condition, GroupSort sort,
                                                PagePosition after, long skip, int limit) {
        if (condition instanceof GroupCondition.MatchNone) {
            return new PagePosition.Page<>(List.of(), 0, null);
        }
        Bson filter = Filters.and(Filters.eq(GroupDocuments.CONNECTION_ID, connectionId.value()), UserDocuments.live(),
                conditions(connectionId).translate(condition));
        long total = groups.countDocuments(filter);
        if (limit <= 0) {
            return new PagePosition.Page<>(List.of(), total, null);
        }
        MongoGroupKeyset keyset = MongoGroupKeyset.of(sort);
        Bson seek = keyset.after(after);
        List<Document> documents = groups.find(seek == null ? filter : Filters.and(filter, seek))
                .projection(UserDocuments.WITHOUT_OUTBOX).sort(keyset.order(ORDER))
                .skip((int) Math.min(Integer.MAX_VALUE, Math.max(skip, 0))).limit(limit + 1)
                .into(new ArrayList<>());
        List<Group> page = documents.subList(0, Math.min(limit, documents.size())).stream()
                .map(GroupDocuments::group).toList();
        PagePosition next = documents.size() > limit ? GroupSort.position(sort, page.getLast(),
                documents.get(limit - 1).get(GroupDocuments.SEQ, Number.class).longValue()) : null;
        return new PagePosition.Page<>(page, total, next);
    }

    @Override
    public Page<Group> list(ConnectionId connectionId, long offset, int limit) {
        // Every connection's groups when none is named: a scatter-gather on a sharded cluster (docs/scaling.md).
        Bson live = connectionId == null ? UserDocuments.live()
                : Filters.and(Filters.eq(GroupDocuments.CONNECTION_ID, connectionId.value()), UserDocuments.live());
        return page(live, ORDER, offset, limit, connectionId == null ? MongoUserRepository.MANAGEMENT_LISTING : null);
    }

    private Page<Group> page(Bson filter, Bson order, long offset, int limit) {
        return page(filter, order, offset, limit, null);
    }

    /** {@code comment}: what the commands say they are (a listing of every connection), or null. */
    private Page<Group> page(Bson filter, Bson order, long offset, int limit, String comment) {
        long total = groups.countDocuments(filter, new CountOptions().comment(comment));
        if (limit <= 0 || offset >= total) {
            return new Page<>(List.of(), total);
        }
        List<Group> found = new ArrayList<>();
        FindIterable<Document> documents = groups.find(filter);
        if (comment != null) {
            documents = documents.comment(comment);
        }
        documents.projection(UserDocuments.WITHOUT_OUTBOX).sort(order).skip((int) Math.max(offset, 0))
                .limit(limit).forEach(document -> found.add(GroupDocuments.group(document)));
        return new Page<>(found, total);
    }

    /** The group's connection first (from the group), then its memberships by both. */
    @Override
    public List<GroupMember> members(GroupId id, UserId after, int limit, ProfilePath displayPath) {
        Optional<Group> group = findById(id);
        if (group.isEmpty()) {
            return List.of();
        }
        String connectionId = group.get().connectionId().value();
        List<String> ids = new ArrayList<>(memberships.page(connectionId, id.value(),
                after == null ? null : after.value(), limit));
        Map<String, String> displays = displayPath == null ? Map.of() : displays(connectionId, ids, displayPath);
        List<GroupMember> members = new ArrayList<>(ids.size());
        ids.forEach(userId -> members.add(new GroupMember(new UserId(userId), displays.get(userId))));
        return members;
    }

    /** The text at {@code path} of each user's profile, read in one query for the page. */
    private Map<String, String> displays(String connectionId, List<String> userIds, ProfilePath path) {
        Map<String, String> displays = new HashMap<>();
        if (userIds.isEmpty()) {
            return displays;
        }
        String field = ProfileConditionBson.field(UserDocuments.PROFILE, path);
        List<String> keys = List.of(field.split("\\."));
        users.find(Filters.and(Filters.eq(UserDocuments.CONNECTION_ID, connectionId), UserDocuments.live(),
                Filters.in(UserDocuments.ID, userIds))).projection(Projections.include(field)).forEach(user -> {
            if (user.getEmbedded(keys, Object.class) instanceof String text) {
                displays.put(user.getString(UserDocuments.ID), text);
            }
        });
        return displays;
    }

    /** The users' connections first (the directory), then their groups by both keys. */
    @Override
    public Map<UserId, List<GroupRef>> groupsOf(Collection<UserId> users) {
        return groupsOf(userDirectory.connectionsOf(GroupDocuments.ids(Set.copyOf(users))), users);
    }

    /** The groups of users of the connection {@code connectionId}: a SCIM read, which knows it. */
    Map<UserId, List<GroupRef>> groupsOf(ConnectionId connectionId, Collection<UserId> users) {
        Map<String, String> connections = new HashMap<>();
        users.forEach(user -> connections.put(user.value(), connectionId.value()));
        return groupsOf(connections, users);
    }

    /** {@code connections}: each user's connection, by user id. */
    private Map<UserId, List<GroupRef>> groupsOf(Map<String, String> connections, Collection<UserId> users) {
        Map<UserId, List<String>> groupIds = new LinkedHashMap<>();
        Set<String> all = new HashSet<>();
        for (UserId user : users) {
            String connectionId = connections.get(user.value());
            List<String> ids = connectionId == null ? List.of() : memberships.groupIdsOf(connectionId, user.value());
            if (!ids.isEmpty()) {
                groupIds.put(user, ids);
                all.addAll(ids);
            }
        }
        Map<String, Document> found = new HashMap<>();
        if (!all.isEmpty()) {
            groups.find(Filters.and(Filters.in(GroupDocuments.CONNECTION_ID, Set.copyOf(connections.values())),
                            UserDocuments.live(), Filters.in(GroupDocuments.ID, all)))
                    .projection(Projections.include(GroupDocuments.DISPLAY_NAME, GroupDocuments.DISPLAY_NAME_KEY))
                    .forEach(g -> found.put(g.getString(GroupDocuments.ID), g));
        }
        Map<UserId, List<GroupRef>> result = new LinkedHashMap<>();
        groupIds.forEach((user, ids) -> {
            List<Document> documents = new ArrayList<>(ids.stream().map(found::get).filter(d -> d != null).toList());
            documents.sort(Comparator.comparing((Document d) -> d.getString(GroupDocuments.DISPLAY_NAME_KEY))
                    .thenComparing(d -> d.getString(GroupDocuments.ID)));
            if (!documents.isEmpty()) {
                result.put(user, documents.stream().map(d -> new GroupRef(new GroupId(d.getString(GroupDocuments.ID)),
                        d.getString(GroupDocuments.DISPLAY_NAME))).toList());
            }
        });
        return result;
    }

    /**
     * The ids of the users in a live group of the connection that matches {@code condition}, for a Users filter on
     * {@code groups} (MongoDB has no join inside a filter). Past {@link #MEMBER_FILTER_LIMIT} memberships the filter
     * is refused with {@code tooMany} (RFC 7644 §3.12) rather than turned into an unbounded {@code $in}.
     */
    List<String> membersOf(ConnectionId connectionId, GroupCondition condition) {
        return membersOf(connectionId, condition, MEMBER_FILTER_LIMIT);
    }

    /** As {@link #membersOf(ConnectionId, GroupCondition)} with the limit given, so a test can reach it. */
    List<String> membersOf(ConnectionId connectionId, GroupCondition condition, int limit) {
        List<String> groupIds = new ArrayList<>();
        groups.find(Filters.and(Filters.eq(GroupDocuments.CONNECTION_ID, connectionId.value()), UserDocuments.live(),
                        conditions(connectionId).translate(condition)))
                .projection(Projections.include(GroupDocuments.ID))
                .forEach(g -> groupIds.add(g.getString(GroupDocuments.ID)));
        if (groupIds.isEmpty()) {
            return List.of();
        }
        Set<String> users = memberships.membersOf(connectionId.value(), groupIds, limit + 1);
        if (users.size() > limit) {
            throw BadRequestException.tooMany("the groups this filter names hold more than " + limit
                    + " memberships; narrow it with other attributes or read the group's members");
        }
        return List.copyOf(users);
    }

    /** Every id must name a user of the connection; the first that does not is named in the 400. */
    private void requireUsersOf(ConnectionId connectionId, Set<UserId> members) {
        if (members.isEmpty()) {
            return;
        }
        Set<String> found = new HashSet<>();
        users.find(Filters.and(Filters.in(UserDocuments.ID, GroupDocuments.ids(members)),
                        Filters.eq(UserDocuments.CONNECTION_ID, connectionId.value()), UserDocuments.live()))
                .projection(Projections.include(UserDocuments.ID))
                .forEach(user -> found.add(user.getString(UserDocuments.ID)));
        for (UserId member : members) {
            if (!found.contains(member.value())) {
                throw BadRequestException.invalidValue("member " + member.value()
                        + " is not a user of this connection");
            }
        }
    }

    private Optional<Group> first(Bson filter) {
        Document document = groups.find(filter).projection(UserDocuments.WITHOUT_OUTBOX).first();
        if (document != null && document.containsKey(GroupDocuments.PENDING)) {
            // Show a change only once its memberships are in place too.
            finishRecorded(document);
        }
        return Optional.ofNullable(document).map(GroupDocuments::group);
    }

    private static ConflictException idTaken() {
        return ConflictException.uniqueness("A group with this id already exists");
    }

    private static BadRequestException tooManyMembers(long max) {
        return BadRequestException.tooMany("a group may hold at most " + max + " members");
    }

    private static RuntimeException translate(RuntimeException failure) {
        if (MongoErrors.duplicateKeyIndex(failure).filter(MongoSchema.GROUP_DISPLAY_NAME_UNIQUE::equals).isPresent()) {
            return ConflictException.uniqueness("A group with this displayName already exists");
        }
        return failure;
    }
}
