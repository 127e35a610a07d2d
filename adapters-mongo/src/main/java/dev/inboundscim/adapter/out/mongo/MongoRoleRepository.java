package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.inboundscim.application.port.out.RoleAssignmentWrite;
import dev.inboundscim.application.port.out.RoleRepository;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.role.HeldRole;
import dev.inboundscim.domain.role.Role;
import dev.inboundscim.domain.role.RoleFilter;
import dev.inboundscim.domain.role.RoleHolder;
import dev.inboundscim.domain.role.RoleId;
import dev.inboundscim.domain.role.RoleSource;
import dev.inboundscim.domain.role.UserRoleSource;
import dev.inboundscim.domain.scim.paging.Page;
import dev.inboundscim.domain.user.UserId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Roles in {@code roles}; assignments in {@code role_assignments}, one document per holder ({@link RoleHolders})
 * holding its role ids, a {@code version} and the log outbox, so an assignment change and its entries are one
 * single-document write (no transactions here) that {@link LogOutbox} then copies to {@code logs}. A user's roles
 * are read by document id: its own two documents and one per group it is a member of, in one query.
 */
final class MongoRoleRepository implements RoleRepository {

    private static final String ROLES = "roles";
    private static final String VERSION = "version";
    private static final int ATTEMPTS = 64;

    private final MongoCollection<Document> roles;
    private final MongoCollection<Document> assignments;
    private final MongoCollection<Document> organizationMembers;
    private final IdDirectory userDirectory;
    private final GroupMemberships memberships;
    private final UserSequence sequence;
    private final LogOutbox outbox;

    MongoRoleRepository(MongoCollection<Document> roles, MongoCollection<Document> assignments,
                        MongoCollection<Document> organizationMembers, IdDirectory userDirectory,
                        GroupMemberships memberships, UserSequence sequence, LogOutbox outbox) {
        this.roles = roles;
        this.assignments = assignments;
        this.organizationMembers = organizationMembers;
        this.userDirectory = userDirectory;
        this.memberships = memberships;
        this.sequence = sequence;
        this.outbox = outbox;
    }

    @Override
    public void insert(Role role) {
        try {
            roles.insertOne(document(role).append("seq", sequence.next())
                    .append("createdAt", Instants.toDate(role.createdAt())));
        } catch (RuntimeException e) {
            throw translate(e, role);
        }
    }

    @Override
    public Optional<Role> findById(RoleId id) {
        return Optional.ofNullable(roles.find(Filters.eq("_id", id.value())).first()).map(MongoRoleRepository::role);
    }

    @Override
    public List<Role> findAll(Collection<RoleId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return roles.find(Filters.in("_id", ids.stream().map(RoleId::value).toList()))
                .map(MongoRoleRepository::role).into(new ArrayList<>());
    }

    @Override
    public Page<Role> list(RoleFilter filter, long offset, int limit) {
        Bson query = RoleFilterBson.of(filter);
        long total = roles.countDocuments(query);
        List<Role> page = limit <= 0 ? List.of() : roles.find(query).sort(Sorts.ascending("seq"))
                .skip((int) Math.max(0, offset)).limit(limit).map(MongoRoleRepository::role).into(new ArrayList<>());
        return new Page<>(page, total);
    }

    @Override
    public void update(Role role) {
        long matched;
        try {
            matched = roles.updateOne(Filters.eq("_id", role.id().value()), new Document("$set", document(role)))
                    .getMatchedCount();
        } catch (RuntimeException e) {
            throw translate(e, role);
        }
        if (matched == 0) {
            throw new NotFoundException("Role not found");
        }
    }

    /** The role first, so no reader finds it; its ids left in assignments are ignored by every read, then pulled. */
    @Override
    public boolean delete(RoleId id) {
        boolean deleted = roles.deleteOne(Filters.eq("_id", id.value())).getDeletedCount() == 1;
        // Every connection's assignments of the role, on purpose (docs/scaling.md).
        assignments.updateMany(Filters.eq(ROLES, id.value()), Updates.combine(Updates.pull(ROLES, id.value()),
                Updates.inc(VERSION, 1)), new UpdateOptions().comment("all connections: role deletion"));
        return deleted;
    }

    @Override
    public void assign(RoleAssignmentWrite write) {
        String key = RoleHolders.key(write.holder());
        String connectionId = write.holder().connectionId().value();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document stored = assignments.find(holder(connectionId, key)).projection(UserDocuments.WITHOUT_OUTBOX)
                    .first();
            Set<String> held = new LinkedHashSet<>(stored == null ? List.of()
                    : stored.getList(ROLES, String.class, List.of()));
            List<Document> entries = new ArrayList<>();
            List<String> added = new ArrayList<>();
            for (RoleAssignmentWrite.Change change : write.assigned()) {
                if (held.add(change.role().value())) {
                    added.add(change.role().value());
                    entries.addAll(LogDocuments.documents(change.logs()));
                }
            }
            for (RoleAssignmentWrite.Change change : write.removed()) {
                if (held.remove(change.role().value())) {
                    entries.addAll(LogDocuments.documents(change.logs()));
                }
            }
            if (entries.isEmpty() && added.isEmpty()) {
                return;
            }
            if (roles.countDocuments(Filters.in("_id", added)) != added.size()) {
                throw new NotFoundException("The role, or what it is assigned to, was deleted");
            }
            if (stored(key, stored, write.holder(), List.copyOf(held), entries)) {
                entries.forEach(entry -> outbox.deliver(connectionId, key, entry));
                return;
            }
        }
        throw ConflictException.conflict("The roles changed too often meanwhile; try again");
    }

    /** One guarded single-document write; false when another write came first. */
    private boolean stored(String key, Document stored, RoleHolder holder, List<String> held, List<Document> entries) {
        if (stored == null) {
            try {
                assignments.insertOne(RoleHolders.document(key, holder).append(ROLES, held).append(VERSION, 1L)
                        .append(UserDocuments.OUTBOX, entries));
                return true;
            } catch (RuntimeException e) {
                if (MongoErrors.isDuplicateKey(e)) {
                    return false;
                }
                throw e;
            }
        }
        long version = stored.get(VERSION, Number.class).longValue();
        return assignments.updateOne(Filters.and(holder(holder.connectionId().value(), key),
                        Filters.eq(VERSION, version)),
                Updates.combine(Updates.set(ROLES, held), Updates.set(VERSION, version + 1),
                        Updates.pushEach(UserDocuments.OUTBOX, entries))).getMatchedCount() == 1;
    }

    @Override
    public List<Role> assigned(RoleHolder holder) {
        Document stored = assignments.find(holder(holder.connectionId().value(), RoleHolders.key(holder)))
                .projection(Projections.include(ROLES)).first();
        List<String> ids = stored == null ? List.of() : stored.getList(ROLES, String.class, List.of());
        return rolesById(ids).values().stream().sorted(Comparator.comparing(Role::nameKey)
                .thenComparing(r -> r.id().value())).toList();
    }

    /**
     * The connection of the user {@code userId}, from the id directory; null when it has none. A user soft-deleted
     * or deleted meanwhile holds nothing there any more (its assignments and memberships went with it), so reading
     * its document too would change no answer.
     */
    private String connectionOf(UserId userId) {
        return userDirectory.connectionOf(userId.value()).orElse(null);
    }

    @Override
    public List<HeldRole> held(UserId userId) {
        Map<String, RoleSource> sources = new LinkedHashMap<>();
        for (UserRoleSource source : UserRoleSource.values()) {
            sources.put(RoleHolders.userKey(userId.value(), source), RoleSource.of(source));
        }
        String connectionId = connectionOf(userId);
        if (connectionId == null) {
            return List.of();
        }
        for (String groupId : memberships.groupIdsOf(connectionId, userId.value())) {
            sources.put(RoleHolders.groupKey(groupId), new RoleSource.Inherited(new GroupId(groupId)));
        }
        List<Document> found = assignments.find(Filters.and(Filters.eq(UserDocuments.CONNECTION_ID, connectionId),
                        Filters.in("_id", List.copyOf(sources.keySet()))))
                .projection(Projections.include(ROLES)).into(new ArrayList<>());
        Map<String, Role> byId = rolesById(found.stream()
                .flatMap(d -> d.getList(ROLES, String.class, List.of()).stream()).toList());
        List<HeldRole> held = new ArrayList<>();
        for (Document document : found) {
            for (String roleId : document.getList(ROLES, String.class, List.of())) {
                Role role = byId.get(roleId);
                if (role != null) {
                    held.add(new HeldRole(role, sources.get(document.getString("_id"))));
                }
            }
        }
        return held;
    }

    @Override
    public Map<OrganizationId, List<HeldRole>> heldInOrganizations(UserId userId) {
        Map<OrganizationId, List<HeldRole>> held = new LinkedHashMap<>();
        String connectionId = connectionOf(userId);
        if (connectionId == null) {
            return held;
        }
        organizationMembers.find(Filters.and(Filters.eq(UserDocuments.CONNECTION_ID, connectionId),
                        Filters.eq("userId", userId.value()))).sort(Sorts.ascending("orgId"))
                .forEach(d -> held.put(new OrganizationId(d.getString("orgId")), new ArrayList<>()));
        List<String> groupIds = memberships.groupIdsOf(connectionId, userId.value());
        if (held.isEmpty() || groupIds.isEmpty()) {
            return held;
        }
        List<Document> found = assignments.find(Filters.and(Filters.eq(UserDocuments.CONNECTION_ID, connectionId),
                Filters.in(RoleHolders.GROUP_ID, groupIds),
                Filters.in(RoleHolders.ORG_ID, held.keySet().stream().map(OrganizationId::value).toList())))
                .projection(Projections.include(ROLES, RoleHolders.GROUP_ID, RoleHolders.ORG_ID))
                .into(new ArrayList<>());
        Map<String, Role> byId = rolesById(found.stream()
                .flatMap(d -> d.getList(ROLES, String.class, List.of()).stream()).toList());
        for (Document document : found) {
            List<HeldRole> roles = held.get(new OrganizationId(document.getString(RoleHolders.ORG_ID)));
            for (String roleId : document.getList(ROLES, String.class, List.of())) {
                Role role = byId.get(roleId);
                if (role != null) {
                    roles.add(new HeldRole(role, new RoleSource.Inherited(
                            new GroupId(document.getString(RoleHolders.GROUP_ID)))));
                }
            }
        }
        return held;
    }

    /** Ends a deleted user's own assignments, so a user created later with the same id starts with none. */
    void removeUser(String connectionId, String userId) {
        assignments.deleteMany(Filters.and(Filters.eq(UserDocuments.CONNECTION_ID, connectionId),
                Filters.eq(RoleHolders.USER_ID, userId)));
    }

    /** The assignments document {@code key} of the connection's holder. */
    private static Bson holder(String connectionId, String key) {
        return Filters.and(Filters.eq(UserDocuments.CONNECTION_ID, connectionId), Filters.eq("_id", key));
    }

    private Map<String, Role> rolesById(List<String> ids) {
        Map<String, Role> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            roles.find(Filters.in("_id", Set.copyOf(ids))).forEach(d -> byId.put(d.getString("_id"), role(d)));
        }
        return byId;
    }

    private static Document document(Role role) {
        return new Document("_id", role.id().value())
                .append("name", role.name())
                .append(RoleFilterBson.NAME_KEY, role.nameKey())
                .append("description", role.description())
                .append(RoleFilterBson.DISPLAY_KEY, role.displayKey())
                .append("updatedAt", Instants.toDate(role.updatedAt()));
    }

    private static RuntimeException translate(RuntimeException e, Role role) {
        if (MongoErrors.isDuplicateKey(e)) {
            return ConflictException.uniqueness("A role named " + role.name() + " exists");
        }
        return e;
    }

    private static Role role(Document d) {
        return new Role(new RoleId(d.getString("_id")), d.getString("name"), d.getString("description"),
                Instants.toInstant(d.getDate("createdAt")), Instants.toInstant(d.getDate("updatedAt")));
    }
}
