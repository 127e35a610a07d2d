package dev.inboundscim.adapter.out.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.inboundscim.application.port.out.LogQuery;
import dev.inboundscim.application.port.out.UserWrite;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.id.RandomIds;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogIds;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import dev.inboundscim.domain.mapping.ProfilePath;
import dev.inboundscim.domain.mapping.query.ProfileCondition.FieldComparison;
import dev.inboundscim.domain.mapping.query.ProfileCondition.FieldPresent;
import dev.inboundscim.domain.mapping.query.ProfileCondition.IndexedKey;
import dev.inboundscim.domain.mapping.query.ProfileCondition.Negation;
import dev.inboundscim.domain.mapping.query.ProfileCondition;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimValue;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserKeys;
import dev.inboundscim.domain.user.UserQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the document model must survive beyond the contract suites: keys MongoDB reserves, arrays that queries must
 * not look into, numbers Decimal128 cannot hold, and values that look like operators.
 */
class MongoDocumentModelTest {

    private static final LogIds LOG_IDS = new LogIds();

    private final MongoStore store = TestMongo.store();
    private Connection connection;

    @BeforeEach
    void newConnection() {
        connection = Connection.create(new ConnectionName(RandomIds.alphanumeric("model-", 12)), Strategy.OKTA, null,
                Instant.now());
        store.repositories().connections().insert(connection);
    }

    private User insert(String key, ScimObject profile) {
        Instant now = Instant.ofEpochMilli(Instant.now().toEpochMilli());
        User user = new User(UserId.of(Strategy.OKTA, connection.name(), key), connection.id(), profile, List.of(),
                UserKeys.of(key, key), now, now, 1);
        store.repositories().users().insert(new UserWrite.Insert(user, List.of(),
                List.of(RoutedLogEntry.route(new LogEntry(LOG_IDS.next(now), LogType.SSCIM, now,
                        connection.id().value(),
                "Create", null, null, user.id().value(), profile), List.of()))));
        return user;
    }

    private List<User> search(ProfileCondition condition) {
        return store.repositories().users().search(connection.id(), condition, null, 0, 100).items();
    }

    private static FieldComparison eq(String path, ScimValue value, boolean caseExact) {
        return new FieldComparison(ProfilePath.parse(path), CompareOperator.EQ, value, caseExact, IndexedKey.NONE);
    }

    @Test
    void keepsKeysWithDotsDollarsPercentsAndEmptyKeys() {
        ScimObject odd = ScimObject.builder()
                .put("a.b", "dotted")
                .put("$ne", "dollar")
                .put("100%", "percent")
                .put("%array", "looks like a marker")
                .put("", "empty")
                .put("nested", ScimObject.builder().put("$where", ScimObject.builder().put("x.y", "deep").build())
                        .build())
                .build();
        ScimObject profile = ScimObject.builder().put("given_name", "Odd")
                .put("app_metadata", ScimObject.builder().put("roles", new ScimArray(List.of(odd))).put("raw", odd)
                        .build())
                .build();

        User user = insert("odd", profile);

        assertEquals(Optional.of(user), store.repositories().users().findById(user.id()));
        assertEquals(profile, store.repositories().logs().list(LogQuery.newest(null, connection.id().value(), null,
                1)).getFirst().details());
    }

    @Test
    void keepsNumbersExactlyWithTheirScaleAndBeyondDecimal128() {
        ScimNumber huge = new ScimNumber(new BigDecimal("123456789012345678901234567890123456789.5"));
        ScimObject profile = ScimObject.builder()
                .put("app_metadata", ScimObject.builder().put("scaled", new ScimNumber(new BigDecimal("12.50")))
                        .put("huge", huge).put("tiny", new ScimNumber(new BigDecimal("1E-7000"))).build())
                .build();

        User user = insert("numbers", profile);

        User stored = store.repositories().users().findById(user.id()).orElseThrow();
        assertEquals(profile, stored.attributes());
        ScimObject metadata = (ScimObject) stored.attributes().get("app_metadata").orElseThrow();
        assertEquals("12.50", ((ScimNumber) metadata.get("scaled").orElseThrow()).value().toPlainString());
        assertEquals(List.of(user), search(eq("app_metadata.huge", huge, true)));
        assertEquals(List.of(user), search(eq("app_metadata.scaled", new ScimNumber(new BigDecimal("12.5")), true)));
    }

    @Test
    void equalityNeverLooksInsideArraysLikeJsonbContainment() {
        User roles = insert("roles", ScimObject.builder()
                .put("app_metadata", ScimObject.builder()
                        .put("roles", new ScimArray(List.of(ScimValue.of("admin"), ScimValue.of("dev"))))
                        .put("teams", new ScimArray(List.of(ScimObject.builder().put("name", "core").build())))
                        .put("empty", new ScimArray(List.of())).build())
                .build());

        assertEquals(List.of(), search(eq("app_metadata.roles", ScimValue.of("admin"), true)));
        assertEquals(List.of(), search(eq("app_metadata.roles", ScimValue.of("admin"), false)));
        assertEquals(List.of(), search(eq("app_metadata.teams.name", ScimValue.of("core"), false)));
        assertEquals(List.of(), search(new FieldComparison(ProfilePath.parse("app_metadata.roles"),
                CompareOperator.SW, ScimValue.of("adm"), false, IndexedKey.NONE)));
        assertEquals(List.of(roles), search(new FieldPresent(ProfilePath.parse("app_metadata.roles"))));
        assertEquals(List.of(), search(new FieldPresent(ProfilePath.parse("app_metadata.empty"))));
        assertEquals(List.of(), search(new FieldPresent(ProfilePath.parse("app_metadata.teams.name"))));
    }

    @Test
    void matchesNullOnlyWhereNullIsStored() {
        User withNull = insert("with-null", ScimObject.builder().put("nickname", ScimNull.INSTANCE).build());
        User without = insert("without", ScimObject.builder().put("given_name", "x").build());

        assertEquals(List.of(withNull), search(eq("nickname", ScimNull.INSTANCE, true)));
        assertEquals(List.of(without), search(new Negation(eq("nickname", ScimNull.INSTANCE, true))));
    }

    @Test
    void valuesThatLookLikeOperatorsAreTextToMatch() {
        User injector = insert("injector", ScimObject.builder().put("nickname", "{\"$ne\": \"\"}")
                .put("given_name", "$ne").build());
        insert("bystander", ScimObject.builder().put("nickname", "plain").put("given_name", "Plain").build());

        assertEquals(List.of(injector), search(eq("nickname", ScimValue.of("{\"$ne\": \"\"}"), true)));
        assertEquals(List.of(injector), search(eq("given_name", ScimValue.of("$NE"), false)));
        assertEquals(List.of(), search(eq("nickname", ScimValue.of("{\"$gt\": \"\"}"), false)));
        assertEquals(List.of(injector), search(new FieldComparison(ProfilePath.parse("nickname"),
                CompareOperator.CO, ScimValue.of("$ne\": \""), true, IndexedKey.NONE)));
        assertEquals(List.of(), search(new FieldComparison(ProfilePath.parse("nickname"),
                CompareOperator.CO, ScimValue.of(".*"), true, IndexedKey.NONE)));
        assertEquals(List.of(), search(new ProfileCondition.UserIdEquals("{\"$ne\": \"\"}")));
    }

    @Test
    void managementTextSearchMatchesValuesNotKeys() {
        User user = insert("text", ScimObject.builder().put("given_name", "Ｚoë").put("app_metadata",
                ScimObject.builder().put("hidden_key_name", ScimBoolean.TRUE).build()).build());

        assertEquals(List.of(user), found("zoë"));
        assertEquals(List.of(user), found("OKTA|"));
        assertEquals(List.of(), found("hidden_key"));
        assertEquals(List.of(), found("a\0b"));
    }

    private List<User> found(String q) {
        return store.repositories().users().list(connection.id(), UserQuery.parse(q), 0, 10).items();
    }
}
