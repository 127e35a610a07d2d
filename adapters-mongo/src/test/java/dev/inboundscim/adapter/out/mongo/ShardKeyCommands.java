package dev.inboundscim.adapter.out.mongo;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Where each collection goes on a sharded cluster (docs/scaling.md, which says the same), and the driver command
 * listener that the stores of the test JVM carry ({@link TestMongo} installs it): a find, count, distinct, update,
 * delete, findAndModify or aggregate on a per-connection collection whose filter (an aggregation's first
 * {@code $match}) lacks {@code connectionId}, or an insert of a document without it, is recorded, and
 * {@link ShardKeyCheck} fails the test that sent it, naming the command.
 *
 * <p>{@code connectionId} counts when the filter holds it at its top level or in one of the clauses of a top-level
 * {@code $and}. A command that reads every connection on purpose says so with a {@code comment} of the form
 * {@code "all connections: <reason>"}, the reason one of {@link #FAN_OUT}.
 */
final class ShardKeyCommands implements CommandListener {

    /**
     * Per-connection data and its shard key (docs/scaling.md). MongoDB keeps a unique index on a sharded collection
     * only when the whole shard key is its prefix: users and groups, with their unique (connectionId, key) indexes,
     * are sharded by connectionId alone; the others, with no unique index but _id's, by (connectionId, _id).
     */
    static final java.util.Map<String, List<String>> SHARD_KEYS = java.util.Map.of(
            MongoSchema.USERS, List.of("connectionId"),
            MongoSchema.GROUPS, List.of("connectionId"),
            MongoSchema.GROUP_MEMBERS, List.of("connectionId", "_id"),
            MongoSchema.ROLE_ASSIGNMENTS, List.of("connectionId", "_id"),
            MongoSchema.ORGANIZATION_MEMBERS, List.of("connectionId", "_id"));

    /** The per-connection collections. */
    static final List<String> PER_CONNECTION = List.copyOf(new java.util.TreeSet<>(SHARD_KEYS.keySet()));

    /**
     * The id directories: the connection of each user id and group id, read by the id before the connection is
     * known, and keeping ids unique across connections. Unsharded, or sharded by {@code _id}.
     */
    static final List<String> ID_DIRECTORIES = List.of(MongoSchema.USER_CONNECTIONS, MongoSchema.GROUP_CONNECTIONS);

    /** Small, global collections read by their own id before any connection is known: unsharded. */
    static final List<String> REFERENCE = List.of(MongoSchema.CONNECTIONS, MongoSchema.SCIM_CONFIGURATIONS,
            MongoSchema.SCIM_TOKENS, MongoSchema.SETUP_TICKETS, MongoSchema.SCIM_CLIENTS,
            MongoSchema.FEDERATED_CREDENTIALS, MongoSchema.ACCEPTED_ASSERTIONS, MongoSchema.ORGANIZATIONS,
            MongoSchema.ORGANIZATION_CONNECTIONS, MongoSchema.ROLES, MongoSchema.CLIENTS, MongoSchema.SIGNING_KEYS,
            MongoSchema.ADMIN_TOKEN, MongoSchema.LOG_STREAMS, MongoSchema.EVENT_STREAMS, MongoSchema.COUNTERS,
            MongoSettingsChanges.COLLECTION, MongoSettingsChanges.OBSERVERS);

    /** A user's sessions and refresh tokens, reported and ended by user id: unsharded (or sharded by userId). */
    static final List<String> PER_USER = List.of(MongoSchema.SESSIONS, MongoSchema.REFRESH_TOKENS);

    /** Tenant-wide logs and queues, read in tenant order: unsharded. */
    static final List<String> TENANT_WIDE = List.of(MongoSchema.LOGS, MongoSchema.EVENT_DELIVERIES,
            MongoSchema.LOGOUT_NOTICES);

    /** The commands reads and writes are checked on, and the field each keeps its filters in. */
    private static final Set<String> FILTERED = Set.of("find", "count", "distinct", "update", "delete",
            "findAndModify", "aggregate", "insert");

    /** The commands that read or write every connection's documents on purpose, by the reason they give. */
    static final Set<String> FAN_OUT = Set.of("management api listing", "organization members",
            "soft deletion purge", "outbox relay", "start-up repair", "role deletion");

    private static final ShardKeyCommands INSTANCE = new ShardKeyCommands();
    private static final List<String> VIOLATIONS = Collections.synchronizedList(new ArrayList<>());
    private static final Set<String> CHECKED = Collections.synchronizedSet(new LinkedHashSet<>());

    private ShardKeyCommands() {
    }

    static ShardKeyCommands instance() {
        return INSTANCE;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String name = event.getCommandName();
        if (!FILTERED.contains(name)) {
            return;
        }
        BsonDocument command = event.getCommand();
        BsonValue target = command.get(name);
        if (target == null || !target.isString() || !PER_CONNECTION.contains(target.asString().getValue())) {
            return;
        }
        CHECKED.add(name + " " + target.asString().getValue());
        problem(name, command).ifPresent(problem -> VIOLATIONS.add(problem + ": " + shortened(command)));
    }

    /** What is wrong with the command {@code name}, if anything. */
    static Optional<String> problem(String name, BsonDocument command) {
        BsonValue comment = command.get("comment");
        if (comment != null && comment.isString() && comment.asString().getValue().startsWith("all connections: ")) {
            String reason = comment.asString().getValue().substring("all connections: ".length());
            return FAN_OUT.contains(reason) ? Optional.empty()
                    : Optional.of("'" + reason + "' is no reason to read every connection");
        }
        String collection = command.getString(name).getValue();
        List<BsonDocument> filters = new ArrayList<>();
        switch (name) {
            case "find" -> filters.add(document(command.get("filter")));
            case "count", "distinct" -> filters.add(document(command.get("query")));
            case "findAndModify" -> filters.add(document(command.get("query")));
            case "update" -> elements(command.get("updates")).forEach(update -> filters.add(document(update.get("q"))));
            case "delete" -> elements(command.get("deletes")).forEach(delete -> filters.add(document(delete.get("q"))));
            case "aggregate" -> {
                List<BsonDocument> pipeline = elements(command.get("pipeline"));
                BsonDocument first = pipeline.isEmpty() ? new BsonDocument() : pipeline.getFirst();
                filters.add(first.containsKey("$match") ? document(first.get("$match")) : new BsonDocument());
            }
            case "insert" -> {
                for (BsonDocument inserted : elements(command.get("documents"))) {
                    if (!inserted.containsKey(MongoSchema.CONNECTION_ID_FIELD)) {
                        return Optional.of("an insert into " + collection + " without connectionId");
                    }
                }
                return Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
        for (BsonDocument filter : filters) {
            if (!namesConnection(filter)) {
                return Optional.of("a " + name + " on " + collection + " without connectionId in its filter");
            }
        }
        return Optional.empty();
    }

    /** The filter names the connection (or a few) by value: {@code $exists} or a range does not route a query. */
    private static boolean namesConnection(BsonDocument filter) {
        BsonValue connection = filter.get(MongoSchema.CONNECTION_ID_FIELD);
        if (connection != null) {
            if (connection.isString()) {
                return true;
            }
            if (connection.isDocument()) {
                BsonDocument operator = connection.asDocument();
                BsonValue eq = operator.get("$eq");
                BsonValue in = operator.get("$in");
                return (eq != null && eq.isString())
                        || (in != null && in.isArray() && in.asArray().stream().allMatch(BsonValue::isString));
            }
            return false;
        }
        BsonValue and = filter.get("$and");
        return and != null && and.isArray() && elements(and).stream().anyMatch(ShardKeyCommands::namesConnection);
    }

    private static BsonDocument document(BsonValue value) {
        return value != null && value.isDocument() ? value.asDocument() : new BsonDocument();
    }

    private static List<BsonDocument> elements(BsonValue value) {
        List<BsonDocument> documents = new ArrayList<>();
        if (value instanceof BsonArray array) {
            array.forEach(element -> documents.add(document(element)));
        }
        return documents;
    }

    private static String shortened(BsonDocument command) {
        String json = command.toJson();
        return json.length() > 2000 ? json.substring(0, 2000) + "…" : json;
    }

    /** How many violations were recorded so far in this JVM. */
    static int violationCount() {
        return VIOLATIONS.size();
    }

    /** The violations recorded since {@code from}. */
    static List<String> violationsSince(int from) {
        synchronized (VIOLATIONS) {
            return new ArrayList<>(VIOLATIONS.subList(Math.min(from, VIOLATIONS.size()), VIOLATIONS.size()));
        }
    }

    static List<String> violations() {
        return violationsSince(0);
    }

    /** The (command, collection) pairs checked so far in this JVM. */
    static List<String> checked() {
        return new ArrayList<>(CHECKED);
    }
}
