package dev.inboundscim.adapter.out.postgres;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.domain.mapping.ProfilePath;
import dev.inboundscim.domain.mapping.query.ProfileCondition.FieldComparison;
import dev.inboundscim.domain.mapping.query.ProfileCondition.IndexedKey;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Equality filters on profile attributes can be answered by the GIN index of {@code profile_ci}, case-exact ones
 * included (the raw profile has no index of its own). Sequential scans are disabled for the session, so the plan
 * shows whether an index can serve the condition at all, whatever the table's size.
 */
class PostgresIndexUsageTest {

    private static final String INDEX = "users_profile_ci_gin";

    @Test
    void caseExactStringEqualityUsesTheCanonicalIndex() throws SQLException {
        assertUsesIndex(new FieldComparison(ProfilePath.parse("app_metadata.title"), CompareOperator.EQ,
                ScimValue.of("CEO"), true, IndexedKey.NONE));
    }

    @Test
    void caseInsensitiveAndNonStringEqualityUseTheCanonicalIndex() throws SQLException {
        assertUsesIndex(new FieldComparison(ProfilePath.parse("app_metadata.title"), CompareOperator.EQ,
                ScimValue.of("CEO"), false, IndexedKey.NONE));
        assertUsesIndex(new FieldComparison(ProfilePath.parse("app_metadata.level"), CompareOperator.EQ,
                ScimNumber.of(3), true, IndexedKey.NONE));
    }

    private static void assertUsesIndex(FieldComparison comparison) throws SQLException {
        TestDatabases.postgres();
        ProfileConditionSql.Fragment fragment = ProfileConditionSql.translate(comparison);
        TestDatabases.Coordinates db = TestDatabases.coordinates();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET enable_seqscan = off");
            }
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement explain = connection.prepareStatement(
                    "EXPLAIN SELECT user_id FROM users WHERE " + fragment.sql())) {
                List<Object> params = fragment.params();
                for (int i = 0; i < params.size(); i++) {
                    explain.setObject(i + 1, params.get(i));
                }
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
            }
            assertTrue(plan.toString().contains(INDEX), () -> fragment.sql() + " is planned without " + INDEX
                    + ":\n" + plan);
        }
    }
}
