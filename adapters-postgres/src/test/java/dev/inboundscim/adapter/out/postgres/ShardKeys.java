package dev.inboundscim.adapter.out.postgres;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each table of the PostgreSQL schema goes on a sharded store (docs/scaling.md, which says the same), and the
 * check every statement of the adapter passes while the tests of this JVM run ({@link TestDatabases} installs it):
 * a statement that reads or writes a per-connection table names its connection for that table.
 *
 * <p>The check reads the statement's text: each reference to a per-connection table ({@code FROM}, {@code JOIN},
 * {@code UPDATE}, {@code USING}, {@code INTO}) needs {@code <alias or table>.connection_id} in the statement, or,
 * for a reference without an alias, a condition {@code connection_id = …}; an {@code INSERT} names
 * {@code connection_id} among its columns. A statement that reads every connection on purpose says so with a
 * comment {@code /* all connections: <reason> *}{@code /}, and the reason must be one of {@link #FAN_OUT}.
 */
final class ShardKeys {

    /** Per-connection data: distributed by connection_id on Citus (colocated), every key starting with it. */
    static final List<String> PER_CONNECTION = List.of("users", "user_counts", "soft_deleted_users", "scim_groups",
            "group_members", "user_roles", "group_roles", "organization_group_roles", "organization_members");

    /**
     * Small tables every node reads, whatever the connection (settings, read by their own id before any connection
     * is known, such as a token at authentication): reference tables on Citus.
     */
    static final List<String> REFERENCE = List.of("connections", "scim_configurations", "scim_tokens",
            "setup_tickets", "scim_clients", "scim_client_secrets", "federated_credentials", "accepted_assertions",
            "organizations", "organization_connections", "roles", "clients", "signing_keys", "admin_token",
            "log_streams", "event_streams", "settings_version", "settings_observers");

    /** The connection of each id, for callers that know only the id: distributed by that id on Citus. */
    static final List<String> DIRECTORIES = List.of("user_connections", "group_connections");

    /**
     * A user's sessions and refresh tokens, which the login layer reports and ends by user id: distributed by
     * user_id on Citus, colocated with user_connections (which ends a connection's sessions).
     */
    static final List<String> PER_USER = List.of("user_sessions", "refresh_tokens");

    /**
     * Tenant-wide logs and queues: appended by every write, read in tenant order (log listings, outboxes claimed
     * oldest first with FOR UPDATE SKIP LOCKED by any process): local tables on the Citus coordinator.
     */
    static final List<String> TENANT_WIDE = List.of("logs", "log_stream_outbox", "event_stream_outbox",
            "event_deliveries", "deprovisionings", "logout_notices", "flyway_schema_history");

    /** The statements that read or write every connection's rows on purpose, by the reason their comment gives. */
    static final Set<String> FAN_OUT = Set.of(
            // GET /api/v2/users and /api/v2/groups without a connection: the Management API lists the tenant.
            "management api listing",
            // An organization's members come from every connection it has members in.
            "organization members",
            // The soft-deletion purge deletes, in batches, every connection's users whose window has closed.
            "soft deletion purge");

    private static final Pattern FAN_OUT_COMMENT = Pattern.compile("/\\*\\s*all connections:\\s*([^*]+?)\\s*\\*/");
    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Set<String> NOT_AN_ALIAS = Set.of("where", "on", "set", "join", "left", "right", "inner",
            "full", "cross", "group", "order", "limit", "offset", "using", "returning", "values", "select", "and",
            "or", "with", "for", "union", "having", "natural", "default", "as", "window");

    private static final Set<String> VIOLATIONS = Collections.synchronizedSet(new LinkedHashSet<>());
    private static final Set<String> FANNED_OUT = Collections.synchronizedSet(new LinkedHashSet<>());
    private static final Set<String> CHECKED = Collections.synchronizedSet(new LinkedHashSet<>());

    private ShardKeys() {
    }

    /** Installed as the adapter's statement observer: fails the statement's caller at once, and remembers it. */
    static void check(String sql) {
        Optional<String> problem = problem(sql);
        CHECKED.add(sql);
        if (problem.isPresent()) {
            String message = "A statement on a per-connection table does not name its connection (" + problem.get()
                    + "; docs/scaling.md):\n" + sql;
            VIOLATIONS.add(message);
            throw new AssertionError(message);
        }
    }

    /** What is wrong with {@code sql}, if anything. */
    static Optional<String> problem(String sql) {
        Matcher fanOut = FAN_OUT_COMMENT.matcher(sql);
        if (fanOut.find()) {
            String reason = fanOut.group(1).toLowerCase(Locale.ROOT);
            if (!FAN_OUT.contains(reason)) {
                return Optional.of("'" + reason + "' is no reason to read every connection");
            }
            FANNED_OUT.add(sql);
            return Optional.empty();
        }
        String text = STRING_LITERAL.matcher(COMMENT.matcher(sql).replaceAll(" ")).replaceAll("''")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (String table : PER_CONNECTION) {
            Matcher insert = Pattern.compile("\\binsert into " + table + " ?\\(([^)]*)\\)").matcher(text);
            while (insert.find()) {
                if (!List.of(insert.group(1).replace(" ", "").split(",")).contains("connection_id")) {
                    return Optional.of("an insert into " + table + " without connection_id");
                }
            }
            Matcher reference = Pattern.compile("\\b(from|join|update|using) " + table
                    + "\\b(?! ?\\.)(?: (?:as )?([a-z_][a-z0-9_]*))?").matcher(text);
            while (reference.find()) {
                String alias = reference.group(2);
                boolean aliased = alias != null && !NOT_AN_ALIAS.contains(alias);
                String qualifier = aliased ? alias : table;
                boolean qualified = Pattern.compile("(?<![a-z0-9_])" + Pattern.quote(qualifier)
                        + "\\.connection_id\\b").matcher(text).find();
                boolean bare = !aliased && Pattern.compile("(?<![a-z0-9_.])connection_id ?(=|in\\b)").matcher(text)
                        .find();
                if (!qualified && !bare) {
                    return Optional.of(table + (aliased ? " " + alias : "") + " without a connection_id condition");
                }
            }
        }
        return Optional.empty();
    }

    /** Every statement that failed the check in this JVM. */
    static List<String> violations() {
        return new ArrayList<>(VIOLATIONS);
    }

    /** Every statement that read every connection on purpose in this JVM. */
    static List<String> fannedOut() {
        return new ArrayList<>(FANNED_OUT);
    }

    /** Every distinct statement checked in this JVM. */
    static List<String> checked() {
        return new ArrayList<>(CHECKED);
    }
}
