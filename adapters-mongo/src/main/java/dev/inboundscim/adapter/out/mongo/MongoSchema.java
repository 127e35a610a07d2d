package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The collections and every index the adapter's queries use, created at start (creating an existing index is a
 * no-op). Index names match the PostgreSQL constraint names where they play the same part, so duplicate key errors
 * translate the same way. docs/mongo.md lists which query each index serves.
 */
final class MongoSchema {

    static final String CONNECTIONS = "connections";
    static final String SCIM_CONFIGURATIONS = "scim_configurations";
    static final String SCIM_TOKENS = "scim_tokens";
    static final String USERS = "users";
    static final String LOGS = "logs";
    static final String LOG_STREAMS = "log_streams";
    static final String CLIENTS = "clients";
    static final String SESSIONS = "user_sessions";
    static final String REFRESH_TOKENS = "refresh_tokens";
    static final String LOGOUT_NOTICES = "logout_notices";
    static final String SIGNING_KEYS = "signing_keys";
    static final String ORGANIZATIONS = "organizations";
    static final String ORGANIZATION_CONNECTIONS = "organization_connections";
    static final String ORGANIZATION_MEMBERS = "organization_members";
    static final String ADMIN_TOKEN = "admin_token";
    static final String COUNTERS = "counters";
    static final String GROUPS = "groups";
    static final String GROUP_MEMBERS = "group_members";
    static final String SETUP_TICKETS = "setup_tickets";
    static final String SCIM_CLIENTS = "scim_clients";
    static final String FEDERATED_CREDENTIALS = "federated_credentials";
    static final String ACCEPTED_ASSERTIONS = "accepted_assertions";
    static final String EVENT_STREAMS = "event_streams";
    static final String EVENT_DELIVERIES = "event_deliveries";
    static final String ROLES = "roles";
    static final String ROLE_ASSIGNMENTS = "role_assignments";
    /** The id directories: the connection of every user id and group id (docs/scaling.md). */
    static final String USER_CONNECTIONS = "user_connections";
    static final String GROUP_CONNECTIONS = "group_connections";

    /** The field that names a document's connection in every per-connection collection: the shard key's prefix. */
    static final String CONNECTION_ID_FIELD = "connectionId";

    static final String CONNECTION_NAME_UNIQUE = "connections_name_key_unique";
    static final String TOKEN_SLOT_UNIQUE = "scim_tokens_slot_unique";
    static final String USER_NAME_UNIQUE = "users_user_name_unique";
    static final String USER_ID_ATTRIBUTE_UNIQUE = "users_user_id_attribute_unique";
    static final String GROUP_DISPLAY_NAME_UNIQUE = "scim_groups_display_name_unique";
    static final String SIGNING_KEY_CURRENT_UNIQUE = "signing_keys_one_current";

    private MongoSchema() {
    }

    static void createIndexes(MongoDatabase database) {
        index(database, CONNECTIONS, Indexes.ascending("nameKey"), CONNECTION_NAME_UNIQUE, true);
        index(database, CONNECTIONS, Indexes.ascending("createdAt", "_id"), "connections_created_idx", false);

        index(database, SCIM_TOKENS, Indexes.ascending("connectionId", "slot"), TOKEN_SLOT_UNIQUE, true);
        index(database, SCIM_TOKENS, Indexes.ascending("connectionId", "createdAt", "_id"),
                "scim_tokens_connection_idx", false);

        index(database, SCIM_CLIENTS, Indexes.ascending(MongoScimClientRepository.CONNECTION_ID, "createdAt", "_id"),
                "scim_clients_connection_idx", false);
        index(database, SCIM_TOKENS, Indexes.ascending(MongoScimTokenRepository.ISSUED_TO, "validUntil"),
                "scim_tokens_issued_to_idx", false);
        index(database, SCIM_TOKENS, Indexes.ascending(MongoScimTokenRepository.ISSUED_WITH),
                "scim_tokens_issued_with_idx", false);
        index(database, FEDERATED_CREDENTIALS, Indexes.ascending(MongoFederatedCredentialRepository.CONNECTION_ID,
                "createdAt", "_id"), "federated_credentials_connection_idx", false);
        index(database, ACCEPTED_ASSERTIONS, Indexes.ascending("expiresAt"), "accepted_assertions_expiry_idx", false);
        index(database, SETUP_TICKETS, Indexes.ascending(MongoSetupTicketRepository.CONNECTION_ID, "createdAt", "_id"),
                "setup_tickets_connection_idx", false);

        index(database, USERS, Indexes.ascending(UserDocuments.CONNECTION_ID, UserDocuments.USER_NAME_KEY),
                USER_NAME_UNIQUE, true);
        index(database, USERS, Indexes.ascending(UserDocuments.CONNECTION_ID, UserDocuments.USER_ID_ATTRIBUTE_KEY),
                USER_ID_ATTRIBUTE_UNIQUE, true);
        index(database, USERS, Indexes.ascending(UserDocuments.CONNECTION_ID, UserDocuments.SEQ),
                "users_connection_seq_idx", false);
        // The Management API's list across connections, in creation order. Not unique: a sharded collection keeps
        // only unique indexes that start with its shard key (docs/scaling.md), and the counter hands out each seq once.
        dropIndex(database, USERS, "users_seq_unique");
        index(database, USERS, Indexes.ascending(UserDocuments.SEQ), "users_seq_idx", false);
        // Wildcard indexes play the part of PostgreSQL's GIN indexes: equality and prefix matches on any mapped
        // attribute, under any mapping, without one index per attribute (MongoDB 4.2+).
        index(database, USERS, new Document(UserDocuments.PROFILE + ".$**", 1), "users_profile_wildcard", false);
        index(database, USERS, new Document(UserDocuments.PROFILE_CI + ".$**", 1), "users_profile_ci_wildcard",
                false);
        index(database, USERS, Indexes.ascending(UserDocuments.OUTBOX + "._id"), "users_outbox_idx", false);
        database.getCollection(USERS).createIndex(Indexes.ascending(UserDocuments.DELETED_FROM),
                new IndexOptions().name("users_tombstone_idx").sparse(true));
        // The id directories' index on the connection (its cascade) is created by ShardKeyRepair, once the entries
        // of data stored before them exist: its presence says they do.
        // Soft-deleted users (SPEC §10): the restore's lookup by key, the Management API's listing, the purge.
        database.getCollection(USERS).createIndex(Indexes.ascending(SoftDeletedUserDocuments.CONNECTION,
                        SoftDeletedUserDocuments.KEY, SoftDeletedUserDocuments.DELETED_AT),
                new IndexOptions().name("users_soft_deleted_key_idx").sparse(true));
        database.getCollection(USERS).createIndex(Indexes.ascending(SoftDeletedUserDocuments.RESTORE_UNTIL),
                new IndexOptions().name("users_soft_deleted_restore_until_idx").sparse(true));

        index(database, GROUPS, Indexes.ascending(GroupDocuments.CONNECTION_ID, GroupDocuments.DISPLAY_NAME_KEY),
                GROUP_DISPLAY_NAME_UNIQUE, true);
        index(database, GROUPS, Indexes.ascending(GroupDocuments.CONNECTION_ID, GroupDocuments.SEQ),
                "scim_groups_connection_seq_idx", false);
        dropIndex(database, GROUPS, "scim_groups_seq_unique");
        index(database, GROUPS, Indexes.ascending(GroupDocuments.SEQ), "scim_groups_seq_idx", false);
        index(database, GROUPS, Indexes.ascending(GroupDocuments.CONNECTION_ID, GroupDocuments.EXTERNAL_ID),
                "scim_groups_external_id_idx", false);
        index(database, GROUPS, Indexes.ascending(GroupDocuments.OUTBOX + "._id"), "scim_groups_outbox_idx", false);
        database.getCollection(GROUPS).createIndex(Indexes.ascending(GroupDocuments.DELETED_FROM),
                new IndexOptions().name("scim_groups_tombstone_idx").sparse(true));
        // A group's members in user id order (keyset pages), and a user's groups.
        index(database, GROUP_MEMBERS, Indexes.ascending(GroupDocuments.MEMBER_GROUP, GroupDocuments.MEMBER_USER),
                "group_members_group_user_idx", false);
        index(database, GROUP_MEMBERS, Indexes.ascending(GroupDocuments.MEMBER_USER), "group_members_user_idx",
                false);

        index(database, LOGS, Indexes.compoundIndex(Indexes.ascending("connectionId"), Indexes.descending("_id")),
                "logs_connection_idx", false);
        index(database, LOGS, Indexes.compoundIndex(Indexes.ascending("type"), Indexes.descending("_id")),
                "logs_type_idx", false);
        // A stream's outbox: the entries still naming it, oldest first; entries no stream waits for are left out.
        database.getCollection(LOGS).createIndex(Indexes.ascending(LogDocuments.PENDING_STREAMS, "_id"),
                new IndexOptions().name("logs_pending_streams_idx").sparse(true));
        index(database, LOG_STREAMS, Indexes.ascending("createdAt", "_id"), "log_streams_created_idx", false);
        // An event stream's outbox, the same way (SPEC §11).
        database.getCollection(LOGS).createIndex(Indexes.ascending(LogDocuments.PENDING_EVENT_STREAMS, "_id"),
                new IndexOptions().name("logs_pending_event_streams_idx").sparse(true));
        index(database, EVENT_STREAMS, Indexes.ascending("createdAt", "_id"), "event_streams_created_idx", false);
        // A stream's attempts in the order they were recorded, by any process (MongoEventStreamRepository).
        index(database, EVENT_DELIVERIES, Indexes.ascending("streamId", "seq"), "event_deliveries_stream_seq_idx",
                false);
        database.getCollection(LOGS).createIndex(Indexes.ascending(LogDocuments.ENDS_SESSIONS, "_id"),
                new IndexOptions().name("logs_deprovision_idx").sparse(true));
        index(database, CLIENTS, Indexes.ascending("createdAt", "_id"), "clients_created_idx", false);
        index(database, SESSIONS, Indexes.ascending("userId"), "user_sessions_user_idx", false);
        index(database, REFRESH_TOKENS, Indexes.ascending("userId"), "refresh_tokens_user_idx", false);
        index(database, LOGOUT_NOTICES, Indexes.ascending("userId"), "logout_notices_user_idx", false);
        index(database, LOGOUT_NOTICES, Indexes.ascending("createdAt", "_id"), "logout_notices_order_idx", false);
        // Roles (SPEC §12): unique canonical names; a holder's document is found by id, a member's organization
        // roles by group, a role's assignments by role (its deletion), a connection's by connection (the cascade).
        index(database, ROLES, Indexes.ascending(RoleFilterBson.NAME_KEY), "roles_name_unique", true);
        index(database, ROLES, Indexes.ascending("seq"), "roles_seq_idx", false);
        index(database, ROLE_ASSIGNMENTS, Indexes.ascending(RoleHolders.GROUP_ID, RoleHolders.ORG_ID),
                "role_assignments_group_idx", false);
        index(database, ROLE_ASSIGNMENTS, Indexes.ascending("roles"), "role_assignments_role_idx", false);
        index(database, ROLE_ASSIGNMENTS, Indexes.ascending(UserDocuments.CONNECTION_ID),
                "role_assignments_connection_idx", false);
        index(database, ROLE_ASSIGNMENTS, Indexes.ascending(RoleHolders.USER_ID), "role_assignments_user_idx", false);
        index(database, ROLE_ASSIGNMENTS, Indexes.ascending(UserDocuments.OUTBOX + "._id"),
                "role_assignments_outbox_idx", false);
        index(database, ORGANIZATIONS, Indexes.ascending("name"), "organizations_name_unique", true);
        index(database, ORGANIZATIONS, Indexes.ascending("createdAt", "_id"), "organizations_created_idx", false);
        index(database, ORGANIZATION_CONNECTIONS, Indexes.ascending("connectionId"),
                "organization_connections_connection_idx", false);
        index(database, ORGANIZATION_MEMBERS, Indexes.ascending("orgId", "userId"), "organization_members_idx",
                false);
        index(database, ORGANIZATION_MEMBERS, Indexes.ascending("userId"), "organization_members_user_idx", false);
        // At most one current signing key: only the current one carries the marker.
        database.getCollection(SIGNING_KEYS).createIndex(Indexes.ascending("currentMarker"),
                new IndexOptions().name(SIGNING_KEY_CURRENT_UNIQUE).unique(true).sparse(true));
    }

    /** Drops an index an earlier version created, if it is there. */
    private static void dropIndex(MongoDatabase database, String collection, String name) {
        for (Document index : database.getCollection(collection).listIndexes()) {
            if (name.equals(index.getString("name"))) {
                database.getCollection(collection).dropIndex(name);
                return;
            }
        }
    }

    private static void index(MongoDatabase database, String collection, Bson keys, String name, boolean unique) {
        database.getCollection(collection).createIndex(keys, new IndexOptions().name(name).unique(unique));
    }
}
