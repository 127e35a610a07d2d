package dev.inboundscim.adapter.out.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.connection.ClusterDescription;
import com.mongodb.connection.ServerDescription;
import com.mongodb.event.CommandListener;
import dev.inboundscim.application.port.out.PoolUsage;
import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.application.port.out.SettingsChanges;
import dev.inboundscim.application.port.out.SettingsFence;
import dev.inboundscim.application.port.out.Store;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.MappingParser;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/** The MongoDB store: one driver client, the indexes, and every repository port over single-document writes. */
public final class MongoStore implements Store {

    /** The database used when neither the caller nor the URI names one. */
    public static final String DEFAULT_DATABASE = "inbound_scim";
    /** How long start-up waits for a server before it gives up (unless the URI sets serverSelectionTimeoutMS). */
    static final int SERVER_SELECTION_TIMEOUT_MILLIS = 4_000;
    /** Connections per server unless the URI or the caller says otherwise (SPEC §7.4). */
    public static final int DEFAULT_POOL_SIZE = 16;
    /** How often each process polls the settings version by default: a settings write waits up to one poll. */
    public static final Duration DEFAULT_SETTINGS_POLL = MongoSettingsChanges.DEFAULT_POLL;
    /** How long a request waits for a pooled connection; a longer wait is the store guard's to cut anyway. */
    private static final int MAX_POOL_WAIT_MILLIS = 5_000;
    private static final Document PING = new Document("ping", 1);

    private final MongoClient client;
    /** A client of its own for the health probe: a pool busy with requests must not look like a dead server. */
    private final MongoClient probe;
    private final MongoDatabase database;
    private final String description;
    private final MongoGroupRepository groups;
    private final MongoOrganizationRepository organizations;
    private final Repositories repositories;
    private final LogOutbox outbox;
    private final LogOutbox roleOutbox;
    private final MongoCascade cascade;
    private final ShardKeyRepair repair;
    private final PoolCounts pool;
    private final MongoSettingsChanges changes;

    private MongoStore(MongoClient client, MongoClient probe, MongoDatabase database, String description,
                       MappingParser mappings, PoolCounts pool, MongoSettingsChanges changes) {
        this.client = client;
        this.changes = changes;
        this.pool = pool;
        this.probe = probe;
        this.database = database;
        this.description = description;
        MongoCollection<Document> connectionDocuments = database.getCollection(MongoSchema.CONNECTIONS);
        MongoCollection<Document> configurationDocuments = database.getCollection(MongoSchema.SCIM_CONFIGURATIONS);
        MongoCollection<Document> tokenDocuments = database.getCollection(MongoSchema.SCIM_TOKENS);
        MongoCollection<Document> userDocuments = database.getCollection(MongoSchema.USERS);
        MongoCollection<Document> logDocuments = database.getCollection(MongoSchema.LOGS);
        MongoCollection<Document> groupDocuments = database.getCollection(MongoSchema.GROUPS);
        MongoCollection<Document> streamDocuments = database.getCollection(MongoSchema.LOG_STREAMS);
        MongoCollection<Document> ticketDocuments = database.getCollection(MongoSchema.SETUP_TICKETS);
        MongoCollection<Document> clientDocuments = database.getCollection(MongoSchema.SCIM_CLIENTS);
        MongoCollection<Document> credentialDocuments = database.getCollection(MongoSchema.FEDERATED_CREDENTIALS);
        MongoCollection<Document> userConnections = database.getCollection(MongoSchema.USER_CONNECTIONS);
        MongoCollection<Document> groupConnections = database.getCollection(MongoSchema.GROUP_CONNECTIONS);
        IdDirectory userDirectory = new IdDirectory(userConnections);
        IdDirectory groupDirectory = new IdDirectory(groupConnections);
        this.repair = new ShardKeyRepair(userDocuments, groupDocuments, userConnections, groupConnections);
        this.outbox = new LogOutbox(userDocuments, logDocuments, userDirectory);
        LogOutbox groupOutbox = new LogOutbox(groupDocuments, logDocuments, groupDirectory);
        GroupMemberships memberships = new GroupMemberships(database.getCollection(MongoSchema.GROUP_MEMBERS),
                groupDocuments);
        this.cascade = new MongoCascade(connectionDocuments, configurationDocuments, tokenDocuments, userDocuments,
                outbox, groupDocuments, groupOutbox, memberships, List.of(userDirectory, groupDirectory),
                List.of(ticketDocuments, clientDocuments,
                credentialDocuments, database.getCollection(MongoSchema.ROLE_ASSIGNMENTS)));
        this.organizations = new MongoOrganizationRepository(
                database.getCollection(MongoSchema.ORGANIZATIONS),
                database.getCollection(MongoSchema.ORGANIZATION_CONNECTIONS),
                database.getCollection(MongoSchema.ORGANIZATION_MEMBERS), userDocuments, userDirectory,
                connectionDocuments);
        this.groups = new MongoGroupRepository(groupDocuments, groupDirectory, userDocuments, userDirectory,
                connectionDocuments, memberships,
                new UserSequence(database.getCollection(MongoSchema.COUNTERS), "groups.seq"), groupOutbox);
        MongoCollection<Document> assignmentDocuments = database.getCollection(MongoSchema.ROLE_ASSIGNMENTS);
        this.roleOutbox = new LogOutbox(assignmentDocuments, logDocuments, null);
        MongoRoleRepository roles = new MongoRoleRepository(database.getCollection(MongoSchema.ROLES),
                assignmentDocuments, database.getCollection(MongoSchema.ORGANIZATION_MEMBERS), userDirectory,
                memberships,
                new UserSequence(database.getCollection(MongoSchema.COUNTERS), "roles.seq"), roleOutbox);
        MongoLogRepository logs = new MongoLogRepository(logDocuments, List.of(outbox, groupOutbox, roleOutbox));
        this.repositories = new Repositories(
                new MongoConnectionRepository(connectionDocuments, cascade),
                new MongoScimConfigurationRepository(configurationDocuments, connectionDocuments, tokenDocuments,
                        mappings, List.of(clientDocuments, credentialDocuments, ticketDocuments)),
                new MongoScimTokenRepository(tokenDocuments, connectionDocuments, configurationDocuments),
                new MongoUserRepository(userDocuments, userDirectory, connectionDocuments,
                        new UserSequence(database.getCollection(MongoSchema.COUNTERS)), outbox, memberships,
                        organizations, groups, roles),
                groups,
                logs,
                new MongoLogStreamRepository(streamDocuments, logDocuments, logs),
                new MongoClientRepository(database.getCollection(MongoSchema.CLIENTS)),
                new MongoSessionRepository(database.getCollection(MongoSchema.SESSIONS),
                        database.getCollection(MongoSchema.REFRESH_TOKENS),
                        database.getCollection(MongoSchema.LOGOUT_NOTICES), logDocuments, logs),
                new MongoSigningKeyRepository(database.getCollection(MongoSchema.SIGNING_KEYS)),
                organizations,
                new MongoAdminTokenRepository(database.getCollection(MongoSchema.ADMIN_TOKEN)),
                new MongoSetupTicketRepository(ticketDocuments, connectionDocuments),
                new MongoScimClientRepository(clientDocuments, connectionDocuments, tokenDocuments),
                new MongoFederatedCredentialRepository(credentialDocuments,
                        database.getCollection(MongoSchema.ACCEPTED_ASSERTIONS), connectionDocuments, tokenDocuments),
                new MongoEventStreamRepository(database.getCollection(MongoSchema.EVENT_STREAMS), logDocuments,
                        database.getCollection(MongoSchema.EVENT_DELIVERIES),
                        new UserSequence(database.getCollection(MongoSchema.COUNTERS), "event_deliveries.seq"), logs),
                roles);
    }

    /**
     * Connects to {@code uri} (a {@code mongodb://} or {@code mongodb+srv://} connection string), checks that a
     * server answers, creates the indexes and finishes what a stopped process left half done (log entries waiting in
     * an outbox, an interrupted cascade). {@code database} null means the URI's database, else
     * {@link #DEFAULT_DATABASE}. Fails within a few seconds with a one-line {@link IllegalStateException} when the
     * URI is malformed or no server can be reached; the message never carries credentials.
     */
    public static MongoStore connect(String uri, String database) {
        return connect(uri, database, DEFAULT_POOL_SIZE);
    }

    /** As {@link #connect(String, String)}, with at most {@code poolSize} connections unless the URI names a size. */
    public static MongoStore connect(String uri, String database, int poolSize) {
        return connect(uri, database, poolSize, AttributeMapping::of);
    }

    /** As {@link #connect(String, String, int)}; {@code mappings} parses the mapping of each configuration read. */
    public static MongoStore connect(String uri, String database, int poolSize, MappingParser mappings) {
        return connect(uri, database, poolSize, mappings, DEFAULT_SETTINGS_POLL);
    }

    /**
     * As {@link #connect(String, String, int, MappingParser)}, polling the settings version every
     * {@code settingsPoll} (which bounds how long a settings write waits for the other nodes to observe it).
     */
    public static MongoStore connect(String uri, String database, int poolSize, MappingParser mappings,
                                     Duration settingsPoll) {
        ConnectionString connectionString = parse(uri);
        String databaseName = databaseName(connectionString, database);
        String where = String.join(",", connectionString.getHosts()) + "/" + databaseName;
        PoolCounts pool = new PoolCounts();
        MongoSettingsChanges changes = new MongoSettingsChanges(settingsPoll, SettingsFence.DEFAULT);
        MongoClient client = MongoClients.create(settings(connectionString, poolSize, pool, changes));
        MongoClient probe = MongoClients.create(settings(connectionString, 1, new PoolCounts(), null));
        try {
            MongoDatabase mongoDatabase = client.getDatabase(databaseName);
            mongoDatabase.runCommand(new Document("ping", 1));
            MongoSchema.createIndexes(mongoDatabase);
            changes.start(probe, databaseName);
            MongoStore store = new MongoStore(client, probe, mongoDatabase, where, mappings, pool, changes);
            store.repair.run();
            store.outbox.relayAllPending();
            store.roleOutbox.relayAllPending();
            store.organizations.addConnections();
            store.groups.recover();
            store.cascade.removeOrphans();
            return store;
        } catch (MongoException e) {
            String reason = reason(client, e);
            changes.close();
            client.close();
            probe.close();
            throw new IllegalStateException("Cannot connect to MongoDB at " + where + ": " + reason, e);
        }
    }

    /** {@code database} if given, else the URI's database, else {@link #DEFAULT_DATABASE}. */
    static String databaseName(ConnectionString uri, String database) {
        return database != null && !database.isBlank() ? database
                : Objects.requireNonNullElse(uri.getDatabase(), DEFAULT_DATABASE);
    }

    /** Where the store is: hosts and database, without credentials. */
    public String description() {
        return description;
    }
    @Override
    public Repositories repositories() {
        return repositories;
    }

    /** Observed through a polled version document ({@link MongoSettingsChanges}). */
    @Override
    public SettingsChanges settingsChanges() {
        return changes;
    }

    @Override
    public PoolUsage poolUsage() {
        return pool.usage();
    }

    @Override
    public void ping() {
        probe.getDatabase(database.getName()).runCommand(PING);
    }

    /**
     * Whether the driver could not reach a server or got no answer: socket failures and timeouts, no server
     * selectable, an interrupted wait, a node stepping down or recovering.
     */
    @Override
    public boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MongoSocketException || t instanceof MongoTimeoutException
                    || t instanceof MongoInterruptedException || t instanceof MongoExecutionTimeoutException
                    || t instanceof MongoNotPrimaryException || t instanceof MongoNodeIsRecoveringException
                    || t instanceof MongoConnectionPoolClearedException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        changes.close();
        probe.close();
        client.close();
    }

    private static ConnectionString parse(String uri) {
        try {
            return new ConnectionString(Objects.requireNonNull(uri, "uri"));
        } catch (IllegalArgumentException e) {
            // The driver's messages describe the defect without repeating the URI, which may carry a password.
            throw new IllegalStateException("MONGO_URI is not a valid MongoDB connection string: "
                    + oneLine(e.getMessage()), e);
        }
    }

    /**
     * Sees every command of the clients opened after it is set: the tests check with it that every command on a
     * per-connection collection names its connection (docs/scaling.md). Null in production.
     */
    private static volatile CommandListener commandObserver;

    /** Installs (or, with null, removes) the observer of the commands of every store opened afterwards. */
    static void observeCommands(CommandListener observer) {
        commandObserver = observer;
    }

    /** {@code changes}: the listener that sees this client's writes to settings, or null for none. */
    private static MongoClientSettings settings(ConnectionString connectionString, int poolSize, PoolCounts counts,
                                                MongoSettingsChanges changes) {
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(connectionString)
                .applicationName("inbound-scim-server")
                .applyToConnectionPoolSettings(pool -> pool.addConnectionPoolListener(counts));
        if (changes != null) {
            settings.addCommandListener(changes);
        }
        CommandListener observer = commandObserver;
        if (observer != null) {
            settings.addCommandListener(observer);
        }
        if (connectionString.getServerSelectionTimeout() == null) {
            // The driver waits 30 s by default; a server that cannot be reached should stop the start at once.
            settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                    SERVER_SELECTION_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS));
        }
        if (connectionString.getMaxConnectionPoolSize() == null) {
            settings.applyToConnectionPoolSettings(pool -> pool.maxSize(poolSize));
        }
        if (connectionString.getMaxWaitTime() == null) {
            settings.applyToConnectionPoolSettings(pool -> pool.maxWaitTime(MAX_POOL_WAIT_MILLIS,
                    TimeUnit.MILLISECONDS));
        }
        if (connectionString.getConnectTimeout() == null) {
            settings.applyToSocketSettings(socket -> socket.connectTimeout(SERVER_SELECTION_TIMEOUT_MILLIS,
                    TimeUnit.MILLISECONDS));
        }
        return settings.build();
    }

    /** A short, single-line cause: the driver's own timeout message spells out the whole cluster state. */
    private static String reason(MongoClient client, MongoException failure) {
        if (failure instanceof MongoTimeoutException) {
            ClusterDescription cluster = client.getClusterDescription();
            Throwable cause = cluster.getSrvResolutionException() != null ? cluster.getSrvResolutionException()
                    : cluster.getServerDescriptions().stream().map(ServerDescription::getException)
                            .filter(Objects::nonNull).findFirst().orElse(null);
            return "no server reachable within the server selection timeout ("
                    + (cause == null ? "no answer" : rootMessage(cause)) + ")";
        }
        if (failure instanceof MongoSecurityException) {
            return "authentication failed";
        }
        return rootMessage(failure);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : oneLine(root.getMessage());
        // An unknown host's message is the bare host name.
        return root instanceof UnknownHostException ? "unknown host " + message : message;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
