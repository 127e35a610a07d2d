package dev.inboundscim.adapter.out.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import io.helidon.dbclient.DbRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SCIM configurations in {@code scim_configurations}, the mapping kept as its raw pairs in {@code jsonb}. */
final class PostgresScimConfigurationRepository implements ScimConfigurationRepository {

    private static final String SELECT = "SELECT connection_id, user_id_attribute, mapping::text AS mapping, "
            + "schema_extensions::text AS schema_extensions, rate_limit_per_second, rate_limit_burst, deletion_mode, "
            + "restore_window_days, role_mapping::text AS role_mapping, created_at, updated_at "
            + "FROM scim_configurations";

    private final Db db;
    private final Runnable changedHere;
    private final MappingParser mappings;

    /**
     * {@code changedHere} runs after each write authentication reads, so this process sees it at once;
     * {@code mappings} parses the mapping of every configuration read.
     */
    PostgresScimConfigurationRepository(Db db, Runnable changedHere, MappingParser mappings) {
        this.db = db;
        this.changedHere = changedHere;
        this.mappings = mappings;
    }

    @Override
    public void insert(ScimConfiguration configuration) {
        try {
            Db.dml(db.execute(), """
                    INSERT INTO scim_configurations (connection_id, user_id_attribute, mapping, schema_extensions,
                                                     rate_limit_per_second, rate_limit_burst, deletion_mode,
                                                     restore_window_days, role_mapping, created_at, updated_at)
                    VALUES (?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?::jsonb, ?, ?)""",
                    Db.params(configuration.connectionId().value(),
                            configuration.mapping().userIdAttribute().toString(), mappingJson(configuration),
                            extensionsJson(configuration),
                            ratePerSecond(configuration), rateBurst(configuration),
                            configuration.deletion().mode().wireName(), configuration.deletion().restoreWindowDays(),
                            roleMappingJson(configuration), Rows.timestamp(configuration.createdAt()),
                            Rows.timestamp(configuration.updatedAt())));
        } catch (RuntimeException e) {
            if (SqlErrors.is(e, SqlErrors.UNIQUE_VIOLATION)) {
                throw ConflictException.conflict("Connection " + configuration.connectionId()
                        + " already has a SCIM configuration");
            }
            if (SqlErrors.is(e, SqlErrors.FOREIGN_KEY_VIOLATION)) {
                throw NotFoundException.resource("Connection", configuration.connectionId().value());
            }
            throw e;
        }
    }

    @Override
    public Optional<ScimConfiguration> findByConnection(ConnectionId connectionId) {
        return Db.first(db.execute(), SELECT + " WHERE connection_id = ?",
                this::configuration, List.of(connectionId.value()));
    }

    @Override
    public boolean update(ScimConfiguration configuration) {
        try {
            return updateRow(configuration);
        } finally {
            changedHere.run();
        }
    }

    private boolean updateRow(ScimConfiguration configuration) {
        return Db.dml(db.execute(), """
                UPDATE scim_configurations
                   SET user_id_attribute = ?, mapping = ?::jsonb, schema_extensions = ?::jsonb,
                       rate_limit_per_second = ?, rate_limit_burst = ?, deletion_mode = ?, restore_window_days = ?,
                       role_mapping = ?::jsonb, updated_at = ?
                 WHERE connection_id = ?""",
                Db.params(configuration.mapping().userIdAttribute().toString(), mappingJson(configuration),
                        extensionsJson(configuration),
                        ratePerSecond(configuration), rateBurst(configuration),
                        configuration.deletion().mode().wireName(), configuration.deletion().restoreWindowDays(),
                        roleMappingJson(configuration), Rows.timestamp(configuration.updatedAt()),
                        configuration.connectionId().value())) == 1;
    }

    @Override
    public boolean deleteWithTokens(ConnectionId connectionId) {
        try {
            return deleteRows(connectionId);
        } finally {
            changedHere.run();
        }
    }

    private boolean deleteRows(ConnectionId connectionId) {
        return db.inTransaction(tx -> {
            boolean deleted = Db.dml(tx, "DELETE FROM scim_configurations WHERE connection_id = ?",
                    List.of(connectionId.value())) == 1;
            if (deleted) {
                for (String table : List.of("scim_tokens", "scim_clients", "federated_credentials", "setup_tickets")) {
                    Db.dml(tx, "DELETE FROM " + table + " WHERE connection_id = ?", List.of(connectionId.value()));
                }
            }
            return deleted;
        });
    }

    @Override
    public List<ScimConfiguration> list(String afterConnectionId, int take) {
        List<Object> params = new ArrayList<>();
        String sql = SELECT;
        if (afterConnectionId != null) {
            sql += " WHERE connection_id > ?";
            params.add(afterConnectionId);
        }
        params.add(Math.max(take, 0));
        return Db.query(db.execute(), sql + " ORDER BY connection_id LIMIT ?",
                this::configuration, params);
    }

    private static String mappingJson(ScimConfiguration configuration) {
        ArrayNode pairs = JsonCodec.arrayNode();
        for (RawMappingPair pair : configuration.mapping().raw()) {
            pairs.addObject().put("scim", pair.scim()).put("auth0", pair.auth0());
        }
        return JsonCodec.write(pairs);
    }

    private static String extensionsJson(ScimConfiguration configuration) {
        return JsonCodec.write(SchemaExtensions.describe(configuration.mapping().schemas().extensions()));
    }

    private static Double ratePerSecond(ScimConfiguration configuration) {
        return configuration.rateLimit() == null ? null : configuration.rateLimit().requestsPerSecond();
    }

    private static Integer rateBurst(ScimConfiguration configuration) {
        return configuration.rateLimit() == null ? null : configuration.rateLimit().burst();
    }

    private static RateLimit rateLimit(DbRow row) {
        Double perSecond = row.column("rate_limit_per_second").get(Double.class);
        Integer burst = row.column("rate_limit_burst").get(Integer.class);
        return perSecond == null ? null : new RateLimit(perSecond, burst == null ? 0 : burst);
    }

    private ScimConfiguration configuration(DbRow row) {
        List<RawMappingPair> pairs = new ArrayList<>();
        for (JsonNode pair : JsonCodec.readTree(Rows.string(row, "mapping"))) {
            pairs.add(new RawMappingPair(pair.path("scim").asText(null), pair.path("auth0").asText(null)));
        }
        UserSchemaSet schemas = new UserSchemaSet(SchemaExtensions.parse(
                JsonCodec.read(Rows.string(row, "schema_extensions"))));
        AttributeMapping mapping = mappings.parse(Rows.string(row, "user_id_attribute"), pairs, schemas);
        return new ScimConfiguration(new ConnectionId(Rows.string(row, "connection_id")), mapping, rateLimit(row),
                new DeletionPolicy(DeletionPolicy.Mode.of(Rows.string(row, "deletion_mode")),
                        row.column("restore_window_days").get(Integer.class)),
                roleMapping(Rows.string(row, "role_mapping")), Rows.instant(row, "created_at"),
                Rows.instant(row, "updated_at"));
    }

    private static String roleMappingJson(ScimConfiguration configuration) {
        ArrayNode pairs = JsonCodec.arrayNode();
        configuration.roleMapping().entries().forEach(entry -> pairs.addObject().put("value", entry.value())
                .put("role_id", entry.roleId()));
        return JsonCodec.write(pairs);
    }

    private static RoleMapping roleMapping(String json) {
        List<RoleMapping.Entry> entries = new ArrayList<>();
        for (JsonNode pair : JsonCodec.readTree(json)) {
            entries.add(new RoleMapping.Entry(pair.path("value").asText(), pair.path("role_id").asText()));
        }
        return new RoleMapping(entries);
    }
}
