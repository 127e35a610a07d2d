package dev.inboundscim.adapter.out.mongo;

import com.mongodb.MongoException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.port.out.UserWrite;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.group.GroupRef;
import dev.inboundscim.domain.group.MemberOfGroups;
import dev.inboundscim.domain.mapping.query.ProfileCondition;
import dev.inboundscim.domain.mapping.query.SortKey;
import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.scim.paging.Page;
import dev.inboundscim.domain.scim.paging.PagePosition;
import dev.inboundscim.domain.user.CanonicalForm;
import dev.inboundscim.domain.user.SoftDeletedUser;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserQuery;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Users in the {@code users} collection. Uniqueness comes from unique indexes on the canonical keys (never
 * check-then-insert), and of ids across connections from the id directory ({@link IdDirectory}); every write is one
 * single-document operation, guarded by {@code version}, that also puts its log entry into the document's outbox
 * ({@link LogOutbox}). Every read and write names the connection (docs/scaling.md): a caller that knows only a user
 * id reads its connection from the directory first.
 */
final class MongoUserRepository implements UserRepository {

    /** The comment of the Management API's listings of every connection's users or groups (docs/scaling.md). */
    static final String MANAGEMENT_LISTING = "all connections: management api listing";

    /** The comment of the purge, which reads every connection's expired users (docs/scaling.md). */
    private static final String PURGE = "all connections: soft deletion purge";

    private static final Logger LOG = System.getLogger(MongoUserRepository.class.getName());

    /** Creation order, the order of every page. */
    static final Bson ORDER = Sorts.ascending(UserDocuments.SEQ);

    private final MongoCollection<Document> users;
    private final IdDirectory directory;
    private final MongoCollection<Document> connections;
    private final UserSequence sequence;
    private final LogOutbox outbox;
    private final MongoOrganizationRepository organizations;
    private final GroupMemberships memberships;
    private final MongoGroupRepository groups;
    private final MongoRoleRepository roles;

    MongoUserRepository(MongoCollection<Document> users, IdDirectory directory,
                        MongoCollection<Document> connections, UserSequence sequence, LogOutbox outbox,
                        GroupMemberships memberships, MongoOrganizationRepository organizations,
                        MongoGroupRepository groups, MongoRoleRepository roles) {
        this.users = users;
        this.directory = directory;
        this.roles = roles;
        this.organizations = organizations;
        this.groups = groups;
        this.connections = connections;
        this.sequence = sequence;
        this.outbox = outbox;
        this.memberships = memberships;
    }

    @Override
    public void insert(UserWrite.Insert write) {
        User user = write.user();
        UserDocuments.requireStorable(user);
        if (!MongoConnectionRepository.exists(connections, user.connectionId().value())) {
            throw NotFoundException.resource("Connection", user.connectionId().value());
        }
        IdDirectory.Claim claim = directory.claim(user.id().value(), user.connectionId().value(), user.createdAt(),
                this::free).orElseThrow(user::idTaken);
        List<Document> entries = LogDocuments.documents(write.logs());
        Document document = UserDocuments.insert(user, sequence.next(), entries);
        try {
            store(user, document);
        } catch (RuntimeException e) {
            directory.release(claim);
            throw e;
        }
        if (!directory.confirm(claim)) {
            // A create in another connection took the id over while this one stalled past its claim: it wins.
            users.deleteOne(Filters.and(UserDocuments.liveDocument(user.connectionId().value(), user.id().value()),
                    Filters.eq(UserDocuments.VERSION, user.version())));
            throw user.idTaken();
        }
        afterCreate(user, entries, write.organizations());
    }

    private void store(User user, Document document) {
        try {
            users.insertOne(document);
        } catch (RuntimeException e) {
            if (!retryOverTombstone(user, document, e)) {
                throw translate(e, user);
            }
        }
    }

    /**
     * Whether no document of the connection holds the id, once a tombstone's entries were relayed (which deletes it)
     * or a soft-deleted user whose window closed by {@code now} was purged: what a create of the id may take over.
     */
    private boolean free(String connectionId, String id, Instant now) {
        Document existing = users.find(Filters.and(Filters.eq(UserDocuments.ID, id),
                Filters.eq(UserDocuments.CONNECTION_ID, connectionId))).first();
        return existing == null || cleared(existing, now);
    }

    private boolean cleared(Document existing, Instant now) {
        if (SoftDeletedUserDocuments.isSoftDeleted(existing)) {
            return outbox.relay(existing) && users.deleteOne(Filters.and(
                    Filters.eq(UserDocuments.ID, existing.get(UserDocuments.ID)),
                    Filters.eq(UserDocuments.CONNECTION_ID, existing.get(UserDocuments.CONNECTION_ID)),
                    SoftDeletedUserDocuments.expiredBy(now))).getDeletedCount() == 1;
        }
        return UserDocuments.isTombstone(existing) && outbox.relay(existing);
    }

    /**
     * After a user document was created (or restored), not with it (no transactions): its log entries relayed,
     * its organizations joined; if joining fails the user joins at its next login.
     */
    private void afterCreate(User user, List<Document> entries, List<OrganizationId> organizationIds) {
        entries.forEach(entry -> outbox.deliver(user.connectionId().value(), user.id().value(), entry));
        try {
            organizations.join(organizationIds, user.id());
        } catch (MongoException e) {
            LOG.log(Level.WARNING, "user " + user.id() + " joins its organizations at its next login: "
                    + e.getMessage());
        }
    }

    /**
     * A document of the connection that holds the id without a directory entry (stored by an earlier version while
     * this one started) may be a leftover: a tombstone not cleared yet, or a soft-deleted user whose window has
     * closed: clear it now and insert again. Returns false when the id belongs to a live user or a restorable one.
     */
    private boolean retryOverTombstone(User user, Document document, RuntimeException failure) {
        if (!MongoErrors.duplicateKeyIndex(failure).filter(MongoErrors.ID_INDEX::equals).isPresent()) {
            return false;
        }
        Document existing = users.find(Filters.and(Filters.eq(UserDocuments.ID, user.id().value()),
                Filters.eq(UserDocuments.CONNECTION_ID, user.connectionId().value()))).first();
        if (existing == null || !cleared(existing, user.createdAt())) {
            return false;
        }
        try {
            users.insertOne(document);
            return true;
        } catch (RuntimeException again) {
            throw translate(again, user);
        }
    }

    @Override
    public Optional<User> findById(ConnectionId connectionId, UserId id) {
        return first(UserDocuments.liveDocument(connectionId.value(), id.value()));
    }

    /** The user's connection first (the directory), then the user by both keys. */
    @Override
    public Optional<User> findById(UserId id) {
        return directory.connectionOf(id.value()).flatMap(connectionId -> findById(new ConnectionId(connectionId), id));
    }

    /** The SCIM read by id: the caller knows the connection, so no directory read. */
    @Override
    public Optional<UserWithGroups> findWithGroups(ConnectionId connectionId, UserId id) {
        return findById(connectionId, id).map(user -> new UserWithGroups(user,
                groups.groupsOf(connectionId, List.of(user.id())).getOrDefault(user.id(), List.of())));
    }

    @Override
    public void update(UserWrite.Update write) {
        User updated = write.user();
        UserDocuments.requireStorable(updated);
        List<Document> entries = LogDocuments.documents(write.logs());
        List<Bson> changes = new ArrayList<>();
        UserDocuments.replaceable(updated).forEach((field, value) -> changes.add(Updates.set(field, value)));
        changes.add(Updates.pushEach(UserDocuments.OUTBOX, entries));
        UpdateResult result;
        try {
            result = users.updateOne(current(updated.connectionId(), updated.id(), write.expectedVersion()),
                    Updates.combine(changes));
        } catch (RuntimeException e) {
            throw translate(e, updated);
        }
        requireMatched(result.getMatchedCount() == 1, updated.connectionId(), updated.id());
        entries.forEach(entry -> outbox.deliver(updated.connectionId().value(), updated.id().value(), entry));
    }

    @Override
    public void delete(UserWrite.Delete write) {
        UpdateResult result = users.updateOne(current(write.connectionId(), write.id(), write.expectedVersion()),
                UserDocuments.tombstone(write.connectionId(), write.id(), write.expectedVersion() + 1,
                        LogDocuments.documents(write.logs())));
        requireMatched(result.getMatchedCount() == 1, write.connectionId(), write.id());
        memberships.leaveAll(write.connectionId().value(), write.id().value(), Instant.now());
        roles.removeUser(write.connectionId().value(), write.id().value());
        outbox.relayTombstone(write.connectionId().value(), write.id().value());
    }

    /**
     * One guarded single-document operation soft-deletes the user with its log entries
     * ({@link SoftDeletedUserDocuments}); then, as after a delete, it leaves its groups and organizations and the
     * entries are copied out of its outbox.
     */
    @Override
    public void softDelete(UserWrite.SoftDelete write) {
        User kept = write.user();
        List<Document> entries = LogDocuments.documents(write.logs());
        UpdateResult result = users.updateOne(current(kept.connectionId(), kept.id(), write.expectedVersion()),
                SoftDeletedUserDocuments.softDelete(write, entries));
        requireMatched(result.getMatchedCount() == 1, kept.connectionId(), kept.id());
        memberships.leaveAll(kept.connectionId().value(), kept.id().value(), Instant.now());
        organizations.leaveAll(kept.connectionId(), kept.id());
        // As on PostgreSQL, where the user's role rows go with its moved row: a restored user starts with none.
        roles.removeUser(kept.connectionId().value(), kept.id().value());
        entries.forEach(entry -> outbox.deliver(kept.connectionId().value(), kept.id().value(), entry));
    }

    @Override
    public Optional<SoftDeletedUser> findRestorable(ConnectionId connectionId, String userIdAttributeKey,
                                                    Instant now) {
        if (userIdAttributeKey == null || BsonValues.hasNul(userIdAttributeKey)) {
            return Optional.empty();
        }
        return Optional.ofNullable(users.find(SoftDeletedUserDocuments.restorableBy(connectionId, userIdAttributeKey,
                        now)).projection(UserDocuments.WITHOUT_OUTBOX)
                        .sort(Sorts.descending(SoftDeletedUserDocuments.DELETED_AT)).first())
                .map(SoftDeletedUserDocuments::softDeletedUser);
    }

    @Override
    public boolean isSoftDeleted(ConnectionId connectionId, UserId id, Instant now) {
        return users.find(Filters.and(Filters.eq(UserDocuments.ID, id.value()),
                        Filters.eq(UserDocuments.CONNECTION_ID, connectionId.value()),
                        Filters.eq(SoftDeletedUserDocuments.CONNECTION, connectionId.value()),
                        Filters.gt(SoftDeletedUserDocuments.RESTORE_UNTIL, Instants.toDate(now))))
                .projection(Projections.include(UserDocuments.ID)).first() != null;
    }

    /**
     * One guarded single-document operation makes the soft-deleted document live again, so of several requests
     * restoring it one matches and the others match nothing; a key a live user took meanwhile breaks a unique index
     * and changes nothing.
     */
    @Override
    public boolean restore(UserWrite.Restore write) {
        User user = write.user();
        UserDocuments.requireStorable(user);
        List<Document> entries = LogDocuments.documents(write.logs());
        UpdateResult result;
        try {
            result = users.updateOne(SoftDeletedUserDocuments.restorable(write),
                    SoftDeletedUserDocuments.restore(write, sequence.next(), entries));
        } catch (RuntimeException e) {
            throw translate(e, user);
        }
        if (result.getMatchedCount() == 0) {
            return false;
        }
        afterCreate(user, entries, write.organizations());
        return true;
    }

    @Override
    public Page<SoftDeletedUser> softDeleted(ConnectionId connectionId, long offset, int limit) {
        Bson filter = SoftDeletedUserDocuments.of(connectionId);
        long total = users.countDocuments(filter);
        if (limit <= 0 || offset >= total) {
            return new Page<>(List.of(), total);
        }
        List<SoftDeletedUser> found = new ArrayList<>();
        users.find(filter).projection(UserDocuments.WITHOUT_OUTBOX)
                .sort(Sorts.orderBy(Sorts.descending(SoftDeletedUserDocuments.DELETED_AT),
                        Sorts.ascending(UserDocuments.ID)))
                .skip((int) Math.max(offset, 0)).limit(limit)
                .forEach(document -> found.add(SoftDeletedUserDocuments.softDeletedUser(document)));
        return new Page<>(found, total);
    }

    /**
     * Each expired document's pending entries reach the log first, then it goes, by a delete that names its version:
     * processes purging at once each delete a document once, and a document restored meanwhile stays. Its directory
     * entry, read before, goes after it, unless a create claimed the id meanwhile. The expired users of every
     * connection are read at once, on purpose (a whole-store sweep, as on PostgreSQL); each delete names its own.
     */
    @Override
    public int purgeSoftDeleted(Instant now, int limit) {
        int purged = 0;
        for (Document document : users.find(SoftDeletedUserDocuments.expiredBy(now)).comment(PURGE)
                .sort(Sorts.ascending(SoftDeletedUserDocuments.RESTORE_UNTIL)).limit(limit)) {
            if (!outbox.relay(document)) {
                continue;
            }
            String id = document.getString(UserDocuments.ID);
            String connectionId = document.getString(UserDocuments.CONNECTION_ID);
            Optional<IdDirectory.Entry> entry = directory.entry(id).filter(e -> e.connectionId().equals(connectionId));
            if (users.deleteOne(Filters.and(Filters.eq(UserDocuments.ID, id),
                    Filters.eq(UserDocuments.CONNECTION_ID, connectionId),
                    Filters.eq(UserDocuments.VERSION, document.get(UserDocuments.VERSION)),
                    SoftDeletedUserDocuments.expiredBy(now))).getDeletedCount() == 1) {
                purged++;
                entry.ifPresent(directory::remove);
            }
        }
        return purged;
    }

    @Override
    public Page<User> search(ConnectionId connectionId, ProfileCondition condition, SortKey sort, long offset,
                             int limit) {
        if (condition instanceof ProfileCondition.MatchNone) {
            return new Page<>(List.of(), 0);
        }
        Bson filter = searchFilter(connectionId, condition,
                member -> groups.membersOf(connectionId, MemberOfGroups.condition(member)));
        return page(filter, order(sort), offset, limit);
    }

    /** The page, then the groups of its users in one more read. */
    @Override
    public Page<UserWithGroups> searchWithGroups(ConnectionId connectionId, ProfileCondition condition, SortKey sort,
                                                 long offset, int limit) {
        Page<User> page = search(connectionId, condition, sort, offset, limit);
        Map<UserId, List<GroupRef>> groupsOfPage = page.items().isEmpty() ? Map.of()
                : groups.groupsOf(connectionId, page.items().stream().map(User::id).toList());
        return new Page<>(page.items().stream().map(user -> new UserWithGroups(user,
                groupsOfPage.getOrDefault(user.id(), List.of()))).toList(), page.total());
    }

    /** A keyset page: the documents after the position through the sort's index, one more to know if others follow. */
    @Override
    public PagePosition.Page<UserWithGroups> searchWithGroupsAfter(ConnectionId connectionId,
                                                                   ProfileCondition condition, SortKey sort,
                                                                   PagePosition after, long skip, int limit) {
        if (condition instanceof ProfileCondition.MatchNone) {
            return new PagePosition.Page<>(List.of(), 0, null);
        }
        Bson filter = searchFilter(connectionId, condition,
                member -> groups.membersOf(connectionId, MemberOfGroups.condition(member)));
        long total = users.countDocuments(filter);
        if (limit <= 0) {
            return new PagePosition.Page<>(List.of(), total, null);
        }
        MongoUserKeyset keyset = MongoUserKeyset.of(sort);
        Bson seek = keyset.after(after);
        List<Document> documents = users.find(seek == null ? filter : Filters.and(filter, seek))
                .projection(UserDocuments.WITHOUT_OUTBOX).sort(keyset.order())
                .skip((int) Math.min(Integer.MAX_VALUE, Math.max(skip, 0))).limit(limit + 1)
                .into(new ArrayList<>());
        List<Document> page = documents.subList(0, Math.min(limit, documents.size()));
        List<User> found = page.stream().map(UserDocuments::user).toList();
        Map<UserId, List<GroupRef>> groupsOfPage = found.isEmpty() ? Map.of()
                : groups.groupsOf(connectionId, found.stream().map(User::id).toList());
        List<UserWithGroups> items = found.stream().map(user -> new UserWithGroups(user,
                groupsOfPage.getOrDefault(user.id(), List.of()))).toList();
        return new PagePosition.Page<>(items, total,
                documents.size() > limit ? keyset.position(page.getLast()) : null);
    }

    /** Missing values sort lowest in MongoDB: first ascending, last descending, as the port says. */
    private static Bson order(SortKey sort) {
        if (sort == null || sort.path() == null) {
            return ORDER;
        }
        String field = ProfileConditionBson.field(sort.caseExact() ? UserDocuments.PROFILE : UserDocuments.PROFILE_CI,
                sort.path());
        return Sorts.orderBy(sort.descending() ? Sorts.descending(field) : Sorts.ascending(field), ORDER);
    }

    /** The query {@link #search} issues, in {@link #ORDER}. */
    static Bson searchFilter(ConnectionId connectionId, ProfileCondition condition) {
        return Filters.and(Filters.eq(UserDocuments.CONNECTION_ID, connectionId.value()), UserDocuments.live(),
                ProfileConditionBson.translate(condition));
    }

    private static Bson searchFilter(ConnectionId connectionId, ProfileCondition condition,
                                     Function<ProfileCondition.MemberOf, List<String>> members) {
        return Filters.and(Filters.eq(UserDocuments.CONNECTION_ID, connectionId.value()), UserDocuments.live(),
                ProfileConditionBson.translate(condition, members));
    }

    @Override
    public Page<User> list(ConnectionId connectionId, UserQuery query, long offset, int limit) {
        List<Bson> where = new ArrayList<>();
        if (connectionId != null) {
            where.add(Filters.eq(UserDocuments.CONNECTION_ID, connectionId.value()));
        }
        where.add(UserDocuments.live());
        List<String> texts = new ArrayList<>(query.words());
        texts.addAll(Stream.of(query.email(), query.name(), query.userId())
                .filter(Objects::nonNull).toList());
        if (texts.stream().anyMatch(BsonValues::hasNul)) {
            return new Page<>(List.of(), 0);
        }
        for (String word : query.words()) {
            // Any canonical string of the profile, or the user id, containing the word (keys do not count).
            String pattern = ProfileConditionBson.literal(CanonicalForm.of(word));
            where.add(Filters.regex(UserDocuments.STRINGS, pattern.isEmpty() ? "^" : pattern));
        }
        if (query.email() != null) {
            where.add(Filters.eq(UserDocuments.PROFILE_CI + ".email", CanonicalForm.of(query.email())));
        }
        if (query.name() != null) {
            where.add(Filters.eq(UserDocuments.PROFILE_CI + ".name", CanonicalForm.of(query.name())));
        }
        if (query.userId() != null) {
            where.add(Filters.eq(UserDocuments.ID, query.userId()));
        }
        // Every connection's users when none is named: a scatter-gather on a sharded cluster (docs/scaling.md).
        return page(Filters.and(where), ORDER, offset, limit, connectionId == null ? MANAGEMENT_LISTING : null);
    }

    private Page<User> page(Bson filter, long offset, int limit) {
        return page(filter, ORDER, offset, limit);
    }

    private Page<User> page(Bson filter, Bson order, long offset, int limit) {
        return page(filter, order, offset, limit, null);
    }

    /** {@code comment}: what the commands say they are (a listing of every connection), or null. */
    private Page<User> page(Bson filter, Bson order, long offset, int limit, String comment) {
        long total = users.countDocuments(filter, new CountOptions().comment(comment));
        if (limit <= 0 || offset >= total) {
            return new Page<>(List.of(), total);
        }
        List<User> found = new ArrayList<>();
        FindIterable<Document> documents = users.find(filter);
        if (comment != null) {
            documents = documents.comment(comment);
        }
        documents.projection(UserDocuments.WITHOUT_OUTBOX).sort(order).skip((int) Math.max(offset, 0))
                .limit(limit).forEach(document -> found.add(UserDocuments.user(document)));
        return new Page<>(found, total);
    }

    private Optional<User> first(Bson filter) {
        return Optional.ofNullable(users.find(filter).projection(UserDocuments.WITHOUT_OUTBOX).first())
                .map(UserDocuments::user);
    }

    private static Bson current(ConnectionId connectionId, UserId id, long version) {
        return Filters.and(UserDocuments.liveDocument(connectionId.value(), id.value()),
                Filters.eq(UserDocuments.VERSION, version));
    }

    /** A guarded write that matched no document lost a race (412) or found the user gone (404). */
    private void requireMatched(boolean matched, ConnectionId connectionId, UserId id) {
        if (matched) {
            return;
        }
        if (findById(connectionId, id).isPresent()) {
            throw PreconditionFailedException.versionMismatch(id.value());
        }
        throw NotFoundException.resource("User", id.value());
    }

    private static RuntimeException translate(RuntimeException failure, User user) {
        return MongoErrors.duplicateKeyIndex(failure).<RuntimeException>map(index -> switch (index) {
            case MongoSchema.USER_NAME_UNIQUE -> user.userNameTaken();
            case MongoSchema.USER_ID_ATTRIBUTE_UNIQUE -> user.userIdAttributeTaken();
            default -> user.idTaken();
        }).orElse(failure);
    }
}
