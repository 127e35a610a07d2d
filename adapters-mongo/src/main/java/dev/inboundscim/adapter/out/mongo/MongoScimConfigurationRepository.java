package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.DeletionPolicy;
import dev.inboundscim.domain.connection.RateLimit;
import dev.inboundscim.domain.connection.RoleMapping;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.MappingParser;
import dev.inboundscim.domain.mapping.RawMappingPair;
import dev.inboundscim.domain.scim.schema.SchemaExtensions;
import dev.inboundscim.domain.scim.schema.UserSchemaSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/** SCIM configurations in {@code scim_configurations}, keyed by connection id, the mapping kept as its raw pairs. */
final class MongoScimConfigurationRepository implements ScimConfigurationRepository {

    /** A connection's own request limit; absent or null: the server's default. */
    private static final String RATE_LIMIT = "rateLimit";
    private static final String DELETION = "deletion";
    /** SPEC §12: [{value, roleId}]; absent (a configuration stored before roles): none. */
    private static final String ROLE_MAPPING = "roleMapping";

    private final MongoCollection<Document> configurations;
    private final MongoCollection<Document> connections;
    private final MongoCollection<Document> tokens;
    /** The endpoint's OAuth clients, federated credentials and setup tickets, keyed by {@code connectionId}. */
    private final List<MongoCollection<Document>> endpointCredentials;
    private final MappingParser mappings;

    /** {@code mappings} parses the mapping of every configuration read. */
    MongoScimConfigurationRepository(MongoCollection<Document> configurations, MongoCollection<Document> connections,
                                     MongoCollection<Document> tokens, MappingParser mappings,
                                     List<MongoCollection<Document>> endpointCredentials) {
        this.configurations = configurations;
        this.connections = connections;
        this.tokens = tokens;
        this.endpointCredentials = List.copyOf(endpointCredentials);
        this.mappings = mappings;
    }

    @Override
    public void insert(ScimConfiguration configuration) {
        String connectionId = configuration.connectionId().value();
        if (!MongoConnectionRepository.exists(connections, connectionId)) {
            throw NotFoundException.resource("Connection", connectionId);
        }
        try {
            configurations.insertOne(new Document("_id", connectionId)
                    .append("userIdAttribute", configuration.mapping().userIdAttribute().toString())
                    .append("mapping", mapping(configuration))
                    .append("schemaExtensions", extensions(configuration))
                    .append(RATE_LIMIT, rateLimit(configuration.rateLimit()))
                    .append(DELETION, deletion(configuration.deletion()))
                    .append(ROLE_MAPPING, roleMapping(configuration.roleMapping()))
                    .append("createdAt", Instants.toDate(configuration.createdAt()))
                    .append("updatedAt", Instants.toDate(configuration.updatedAt())));
        } catch (RuntimeException e) {
            if (MongoErrors.isDuplicateKey(e)) {
                throw ConflictException.conflict("Connection " + connectionId + " already has a SCIM configuration");
            }
            throw e;
        }
    }

    @Override
    public Optional<ScimConfiguration> findByConnection(ConnectionId connectionId) {
        return Optional.ofNullable(configurations.find(Filters.eq("_id", connectionId.value())).first())
                .map(this::configuration);
    }

    @Override
    public boolean update(ScimConfiguration configuration) {
        return configurations.updateOne(Filters.eq("_id", configuration.connectionId().value()), Updates.combine(
                Updates.set("userIdAttribute", configuration.mapping().userIdAttribute().toString()),
                Updates.set("mapping", mapping(configuration)),
                Updates.set("schemaExtensions", extensions(configuration)),
                Updates.set(RATE_LIMIT, rateLimit(configuration.rateLimit())),
                Updates.set(DELETION, deletion(configuration.deletion())),
                Updates.set(ROLE_MAPPING, roleMapping(configuration.roleMapping())),
                Updates.set("updatedAt", Instants.toDate(configuration.updatedAt())))).getMatchedCount() == 1;
    }

    /**
     * Tokens go before and after the configuration: a stop in between leaves the configuration without tokens
     * (SCIM stays on, nobody can call it) rather than tokens that would work again once SCIM is re-enabled, and the
     * second pass catches a token issued while the configuration was going.
     */
    @Override
    public boolean deleteWithTokens(ConnectionId connectionId) {
        Bson byConnection = Filters.eq("connectionId", connectionId.value());
        if (configurations.find(Filters.eq("_id", connectionId.value())).first() == null) {
            return false;
        }
        tokens.deleteMany(byConnection);
        endpointCredentials.forEach(collection -> collection.deleteMany(byConnection));
        boolean deleted = configurations.deleteOne(Filters.eq("_id", connectionId.value())).getDeletedCount() == 1;
        tokens.deleteMany(byConnection);
        return deleted;
    }

    @Override
    public List<ScimConfiguration> list(String afterConnectionId, int take) {
        if (take <= 0) {
            // MongoDB reads a limit of 0 as "no limit".
            return List.of();
        }
        Bson filter = afterConnectionId == null ? new Document() : Filters.gt("_id", afterConnectionId);
        return configurations.find(filter).sort(Sorts.ascending("_id")).limit(take)
                .map(this::configuration).into(new ArrayList<>());
    }

    /** The declared extensions as stored values (a configuration written before they existed has none). */
    private static Object extensions(ScimConfiguration configuration) {
        return BsonValues.encode(SchemaExtensions.describe(configuration.mapping().schemas().extensions()));
    }

    private static List<Document> mapping(ScimConfiguration configuration) {
        List<Document> pairs = new ArrayList<>();
        for (RawMappingPair pair : configuration.mapping().raw()) {
            pairs.add(new Document("scim", pair.scim()).append("auth0", pair.auth0()));
        }
        return pairs;
    }

    private static Document rateLimit(RateLimit limit) {
        return limit == null ? null
                : new Document("perSecond", limit.requestsPerSecond()).append("burst", limit.burst());
    }

    private static Document deletion(DeletionPolicy policy) {
        return new Document("mode", policy.mode().wireName()).append("restoreWindowDays", policy.restoreWindowDays());
    }

    /** A configuration stored before the deletion policy existed deletes as it did then: hard. */
    private static DeletionPolicy deletion(Document policy) {
        return policy == null ? DeletionPolicy.HARD
                : new DeletionPolicy(DeletionPolicy.Mode.of(policy.getString("mode")),
                        policy.get("restoreWindowDays", Number.class).intValue());
    }

    private static RateLimit rateLimit(Document limit) {
        return limit == null ? null : new RateLimit(limit.get("perSecond", Number.class).doubleValue(),
                limit.get("burst", Number.class).intValue());
    }

    private ScimConfiguration configuration(Document document) {
        List<RawMappingPair> pairs = new ArrayList<>();
        for (Document pair : document.getList("mapping", Document.class)) {
            pairs.add(new RawMappingPair(pair.getString("scim"), pair.getString("auth0")));
        }
        Object extensions = document.get("schemaExtensions");
        UserSchemaSet schemas = extensions == null ? UserSchemaSet.STANDARD
                : new UserSchemaSet(SchemaExtensions.parse(BsonValues.decode(extensions)));
        AttributeMapping mapping = mappings.parse(document.getString("userIdAttribute"), pairs, schemas);
        return new ScimConfiguration(new ConnectionId(document.getString("_id")), mapping,
                rateLimit(document.get(RATE_LIMIT, Document.class)), deletion(document.get(DELETION, Document.class)),
                roleMapping(document.getList(ROLE_MAPPING, Document.class, List.of())),
                Instants.toInstant(document.getDate("createdAt")),
                Instants.toInstant(document.getDate("updatedAt")));
    }

    private static List<Document> roleMapping(RoleMapping mapping) {
        return mapping.entries().stream().map(entry -> new Document("value", entry.value())
                .append("roleId", entry.roleId())).toList();
    }

    private static RoleMapping roleMapping(List<Document> pairs) {
        return new RoleMapping(pairs.stream().map(pair -> new RoleMapping.Entry(pair.getString("value"),
                pair.getString("roleId"))).toList());
    }
}
