package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.inboundscim.application.port.out.OrganizationRepository;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.organization.EnabledConnection;
import dev.inboundscim.domain.organization.Organization;
import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.user.UserId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Organizations, enabled connections and memberships in three collections. A deleted user's membership documents
 * may stay behind; listings check members against the live users, so such a user is no member.
 */
final class MongoOrganizationRepository implements OrganizationRepository {

    /** The comment of the reads and writes of an organization's members, which come from every connection. */
    private static final String ACROSS_CONNECTIONS = "all connections: organization members";

    private final MongoCollection<Document> organizations;
    private final MongoCollection<Document> enabled;
    private final MongoCollection<Document> members;
    private final MongoCollection<Document> users;
    private final IdDirectory userDirectory;
    private final MongoCollection<Document> connections;

    MongoOrganizationRepository(MongoCollection<Document> organizations, MongoCollection<Document> enabled,
                                MongoCollection<Document> members, MongoCollection<Document> users,
                                IdDirectory userDirectory, MongoCollection<Document> connections) {
        this.userDirectory = userDirectory;
        this.organizations = organizations;
        this.enabled = enabled;
        this.members = members;
        this.users = users;
        this.connections = connections;
    }

    @Override
    public void insert(Organization organization) {
        try {
            organizations.insertOne(new Document("_id", organization.id().value())
                    .append("name", organization.name())
                    .append("displayName", organization.displayName())
                    .append("createdAt", Instants.toDate(organization.createdAt())));
        } catch (RuntimeException e) {
            if (MongoErrors.isDuplicateKey(e)) {
                throw ConflictException.uniqueness("An organization named " + organization.name() + " exists");
            }
            throw e;
        }
    }

    @Override
    public Optional<Organization> findById(OrganizationId id) {
        return Optional.ofNullable(organizations.find(Filters.eq("_id", id.value())).first())
                .map(MongoOrganizationRepository::organization);
    }

    @Override
    public List<Organization> list() {
        return organizations.find().sort(Sorts.ascending("createdAt", "_id"))
                .map(MongoOrganizationRepository::organization).into(new ArrayList<>());
    }

    @Override
    public boolean delete(OrganizationId id) {
        boolean deleted = organizations.deleteOne(Filters.eq("_id", id.value())).getDeletedCount() == 1;
        enabled.deleteMany(Filters.eq("orgId", id.value()));
        // An organization's members come from every connection (docs/scaling.md).
        members.deleteMany(Filters.eq("orgId", id.value()), new DeleteOptions().comment(ACROSS_CONNECTIONS));
        return deleted;
    }

    @Override
    public void enable(EnabledConnection connection) {
        String orgId = connection.organizationId().value();
        String connectionId = connection.connectionId().value();
        if (!MongoConnectionRepository.exists(connections, connectionId) || findById(connection.organizationId())
                .isEmpty()) {
            throw new NotFoundException("The organization or the connection was deleted");
        }
        enabled.replaceOne(Filters.eq("_id", orgId + "/" + connectionId), new Document("_id", orgId + "/"
                + connectionId).append("orgId", orgId).append("connectionId", connectionId)
                .append("assign", connection.assignMembershipOnLogin()), new ReplaceOptions().upsert(true));
    }

    @Override
    public List<EnabledConnection> enabledConnections(OrganizationId id) {
        return enabled.find(Filters.eq("orgId", id.value())).sort(Sorts.ascending("connectionId"))
                .map(d -> new EnabledConnection(id, new ConnectionId(d.getString("connectionId")),
                        d.getBoolean("assign", false))).into(new ArrayList<>());
    }

    @Override
    public List<OrganizationId> assigning(ConnectionId connectionId) {
        return enabled.find(Filters.and(Filters.eq("connectionId", connectionId.value()), Filters.eq("assign", true)))
                .sort(Sorts.ascending("orgId")).map(d -> new OrganizationId(d.getString("orgId")))
                .into(new ArrayList<>());
    }

    /**
     * Organizations deleted meanwhile, and a user already gone, join nothing. The user's connection comes from the id
     * directory, then the user is read by both keys, and each membership carries it.
     */
    @Override
    public List<OrganizationId> join(List<OrganizationId> organizations, UserId userId) {
        if (organizations.isEmpty()) {
            return List.of();
        }
        String connectionId = userDirectory.connectionOf(userId.value()).orElse(null);
        if (connectionId == null || users.find(UserDocuments.liveDocument(connectionId, userId.value()))
                .projection(Projections.include(UserDocuments.ID)).first() == null) {
            return List.of();
        }
        List<OrganizationId> joined = new ArrayList<>();
        for (OrganizationId org : organizations) {
            if (findById(org).isPresent()) {
                members.updateOne(Filters.and(Filters.eq(UserDocuments.CONNECTION_ID, connectionId),
                                Filters.eq("_id", org.value() + "/" + userId.value())), Updates.combine(
                        Updates.setOnInsert("orgId", org.value()), Updates.setOnInsert("userId", userId.value())),
                        new UpdateOptions().upsert(true));
                joined.add(org);
            }
        }
        return joined;
    }

    /**
     * Ends every membership of a user that stays in the store hidden (soft-deleted), so that a restore joins the
     * organizations a new user would, as on PostgreSQL, where the memberships go with the moved row.
     */
    void leaveAll(ConnectionId connectionId, UserId userId) {
        members.deleteMany(Filters.and(Filters.eq(UserDocuments.CONNECTION_ID, connectionId.value()),
                Filters.eq("userId", userId.value())));
    }

    /**
     * Gives the memberships an earlier version stored without their connection the connection of their user (live
     * or soft-deleted): run at start, before anything reads them by connection. Those of a user that is gone are
     * removed (no listing shows them).
     */
    void addConnections() {
        Bson withoutConnection = Filters.exists(UserDocuments.CONNECTION_ID, false);
        for (Document member : members.find(withoutConnection).comment(GroupMemberships.START_UP)
                .into(new ArrayList<>())) {
            Document user = users.find(Filters.eq(UserDocuments.ID, member.getString("userId")))
                    .comment(GroupMemberships.START_UP).projection(Projections.include(UserDocuments.CONNECTION_ID,
                            SoftDeletedUserDocuments.CONNECTION)).first();
            String connectionId = user == null ? null : user.getString(UserDocuments.CONNECTION_ID) != null
                    ? user.getString(UserDocuments.CONNECTION_ID)
                    : user.getEmbedded(List.of(SoftDeletedUserDocuments.SOFT_DELETED, "connectionId"), String.class);
            Bson legacy = Filters.and(Filters.eq("_id", member.get("_id")), withoutConnection);
            if (connectionId == null) {
                members.deleteOne(legacy, new DeleteOptions().comment(GroupMemberships.START_UP));
            } else {
                members.updateOne(legacy, Updates.set(UserDocuments.CONNECTION_ID, connectionId),
                        new UpdateOptions().comment(GroupMemberships.START_UP));
            }
        }
    }

    @Override
    public List<UserId> members(OrganizationId id, UserId after, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // An organization's members come from every connection (docs/scaling.md).
        List<String> page = members.find(Filters.and(Filters.eq("orgId", id.value()),
                        Filters.gt("userId", after == null ? "" : after.value()))).comment(ACROSS_CONNECTIONS)
                .sort(Sorts.ascending("userId")).limit(limit).map(d -> d.getString("userId")).into(new ArrayList<>());
        // The members' connections from the id directory, then the live users among them by both keys.
        Map<String, String> connections = userDirectory.connectionsOf(page);
        Set<String> liveIds = new HashSet<>();
        if (!connections.isEmpty()) {
            users.find(Filters.and(Filters.in(UserDocuments.CONNECTION_ID, Set.copyOf(connections.values())),
                            Filters.in(UserDocuments.ID, connections.keySet()), UserDocuments.live()))
                    .projection(Projections.include(UserDocuments.ID))
                    .forEach(d -> liveIds.add(d.getString(UserDocuments.ID)));
        }
        return page.stream().filter(liveIds::contains).map(UserId::new).toList();
    }

    private static Organization organization(Document d) {
        return new Organization(new OrganizationId(d.getString("_id")), d.getString("name"),
                d.getString("displayName"), Instants.toInstant(d.getDate("createdAt")));
    }
}
