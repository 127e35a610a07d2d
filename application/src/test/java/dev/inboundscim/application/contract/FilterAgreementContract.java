package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.ProfileToScim;
import dev.inboundscim.domain.mapping.RawMappingPair;
import dev.inboundscim.domain.mapping.ScimToProfile;
import dev.inboundscim.domain.mapping.UserKeyExtractor;
import dev.inboundscim.domain.mapping.query.FilterResolver;
import dev.inboundscim.domain.scim.filter.Filter;
import dev.inboundscim.domain.scim.filter.FilterEvaluator;
import dev.inboundscim.domain.scim.filter.FilterParser;
import dev.inboundscim.domain.scim.path.SchemaUrns;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import dev.inboundscim.domain.user.Identity;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Generated users and generated filters: the store's answer to every filter must be exactly the users the
 * in-memory reference evaluator matches on their SCIM views. Seeded, so a failure names a reproducible filter.
 */
public abstract class FilterAgreementContract extends ContractSupport {

    private static final long SEED = 20261128L;
    private static final int USERS = 40;
    private static final int FILTERS = 400;
    private static final String[] NAMES = {"Ann", "ann", "Bob", "Zoë", "ＡＮＮ", "Éva", "al_x", "100%"};
    private static final String[] DEPARTMENTS = {"R&D", "Sales", "sales", "Ops"};
    private static final String[] TEXT = {"a", "an", "AN", "n", "o", "Bob", "x", "_", "%", "é", "Sales", "ops",
            "@example.com", "example", ".org", "+1", "555", ""};

    @Test
    void storeAndReferenceEvaluatorAgreeOnGeneratedFilters() {
        agree(DefaultMappings.forStrategy(Strategy.OKTA), FilterAgreementContract::randomUser, this::randomFilter);
    }

    /**
     * The same over a mapping that keeps multi-valued attributes as whole arrays (as Microsoft's conformance
     * configuration does), so filters reach inside the stored elements.
     */
    @Test
    void storeAndReferenceEvaluatorAgreeInsideWholeArrays() {
        AttributeMapping mapping = AttributeMapping.of("externalId", List.of(
                new RawMappingPair("userName", "username"),
                new RawMappingPair("externalId", "app_metadata.external_id"),
                new RawMappingPair("emails", "app_metadata.emails"),
                new RawMappingPair("phoneNumbers", "app_metadata.phone_numbers"),
                new RawMappingPair("addresses", "app_metadata.addresses"),
                new RawMappingPair("roles", "app_metadata.roles")));
        agree(mapping, FilterAgreementContract::randomArrayUser, this::randomArrayFilter);
    }

    private void agree(AttributeMapping mapping, BiFunction<Random, Integer, ScimObject> users,
                       BiFunction<Random, Integer, String> filters) {
        Random random = new Random(Long.getLong("filterAgreement.seed", SEED));
        Connection connection = newConnection();
        Map<String, ScimObject> views = new LinkedHashMap<>();
        instants.clear();
        for (int i = 0; i < USERS; i++) {
            User user = insert(connection, mapping, users.apply(random, i));
            views.put(user.id().value(), ProfileToScim.convert(user.attributes(), mapping)
                    .with("id", new ScimString(user.id().value()))
                    .with("meta", ScimObject.builder().put("resourceType", "User")
                            .put("created", user.createdAt().toString())
                            .put("lastModified", user.updatedAt().toString()).build()));
            instants.add(user.createdAt());
        }
        FilterResolver resolver = new FilterResolver(mapping);
        for (int i = 0; i < FILTERS; i++) {
            String text = filters.apply(random, 0);
            Filter filter = FilterParser.parse(text);
            Set<String> expected = views.entrySet().stream()
                    .filter(e -> FilterEvaluator.matchesUser(filter, e.getValue())).map(Map.Entry::getKey)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> actual = repositories().users().search(connection.id(), resolver.resolve(filter), null, 0,
                    USERS)
                    .items().stream().map(u -> u.id().value()).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, actual, "filter #" + i + ": " + text);
        }
    }

    private static ScimObject randomArrayUser(Random random, int index) {
        ScimObject.Builder user = ScimObject.builder()
                .put("userName", pick(random, NAMES) + index + "@x.org")
                .put("externalId", "ext-" + index);
        List<ScimValue> emails = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            ScimObject.Builder email = ScimObject.builder().put("value", pick(random, NAMES) + index + i
                    + pick(random, "@example.com", "@Example.org", ""));
            if (random.nextBoolean()) {
                email.put("type", pick(random, "work", "home", "Work"));
            }
            if (random.nextInt(3) == 0) {
                email.put("primary", ScimBoolean.of(random.nextBoolean()));
            }
            emails.add(email.build());
        }
        if (!emails.isEmpty() || random.nextBoolean()) {
            user.put("emails", new ScimArray(emails));
        }
        if (random.nextBoolean()) {
            user.put("phoneNumbers", new ScimArray(List.of(ScimObject.builder().put("type", pick(random, "mobile",
                    "work")).put("value", "+1 555 0" + random.nextInt(30)).build())));
        }
        if (random.nextInt(3) == 0) {
            ScimObject.Builder address = ScimObject.builder().put("locality", pick(random, DEPARTMENTS));
            if (random.nextBoolean()) {
                address.put("country", pick(random, "CH", "ch", "DE"));
            }
            user.put("addresses", new ScimArray(List.of(address.build())));
        }
        if (random.nextBoolean()) {
            user.put("roles", new ScimArray(List.of(ScimObject.builder().put("value", pick(random, "Admin", "admin",
                    "reader")).put("primary", ScimBoolean.of(random.nextBoolean())).build())));
        }
        return user.build();
    }

    /** Filters inside the whole arrays: value paths, sub-attributes, bare attributes (their value), presence. */
    private String randomArrayFilter(Random random, int depth) {
        int choice = random.nextInt(depth > 2 ? 6 : 9);
        return switch (choice) {
            case 6 -> randomArrayFilter(random, depth + 1) + pick(random, " and ", " or ")
                    + randomArrayFilter(random, depth + 1);
            case 7 -> "not (" + randomArrayFilter(random, depth + 1) + ")";
            case 8 -> "emails[" + elementComparison(random, "value", "type", "primary") + pick(random, " and ", " or ")
                    + elementComparison(random, "value", "type", "primary") + "]";
            default -> {
                String attribute = pick(random, "emails", "emails.value", "emails.type", "emails.primary",
                        "phoneNumbers", "phoneNumbers.type", "roles", "roles.value", "roles.primary",
                        "addresses.locality", "addresses.country", "addresses");
                if (random.nextInt(5) == 0 || attribute.equals("addresses")) {
                    yield attribute + " pr";
                }
                yield attribute.endsWith("primary") ? attribute + " " + pick(random, "eq", "ne") + " "
                        + pick(random, "true", "false")
                        : attribute + " " + pick(random, "eq", "ne", "co", "sw", "ew", "gt", "lt") + " "
                                + quote(pick(random, TEXT));
            }
        };
    }

    private static String elementComparison(Random random, String... subs) {
        String sub = pick(random, subs);
        if (random.nextInt(5) == 0) {
            return sub + " pr";
        }
        if (sub.equals("primary")) {
            return "primary eq " + pick(random, "true", "false");
        }
        return sub + " " + pick(random, "eq", "ne", "co", "sw", "ew") + " "
                + quote(sub.equals("type") ? pick(random, "work", "WORK", "home") : pick(random, TEXT));
    }

    /** The users' timestamps, so generated date filters land between, on and around them. */
    private final List<Instant> instants = new ArrayList<>();

    private User insert(Connection connection, AttributeMapping mapping, ScimObject resource) {
        ScimObject profile = ScimToProfile.convert(resource, mapping);
        UserKeyExtractor.KeyValues keys = UserKeyExtractor.keys(profile, mapping);
        String key = keys.userIdAttribute();
        User user = new User(UserId.of(connection.strategy(), connection.name(), key), connection.id(), profile,
                List.of(new Identity(connection.name().value(), "okta", key, false)),
                UserKeys.of(keys.userName(), key), now(), now(), 1);
        repositories().users().insert(inserting(user, log(connection, user.id().value())));
        return user;
    }

    private static ScimObject randomUser(Random random, Integer index) {
        ScimObject.Builder user = ScimObject.builder()
                .put("userName", pick(random, NAMES) + index + "@Example." + (random.nextBoolean() ? "com" : "org"))
                .put("externalId", "ext-" + index);
        if (random.nextInt(4) > 0) {
            ScimObject.Builder name = ScimObject.builder().put("givenName", pick(random, NAMES));
            if (random.nextBoolean()) {
                name.put("familyName", pick(random, NAMES) + "son");
            }
            user.put("name", name.build());
        }
        if (random.nextInt(3) > 0) {
            user.put("active", ScimBoolean.of(random.nextBoolean()));
        }
        if (random.nextBoolean()) {
            user.put("title", random.nextBoolean() ? pick(random, DEPARTMENTS) + " lead" : "");
        }
        if (random.nextInt(3) > 0) {
            user.put("emails", new ScimArray(List.of(ScimObject.builder().put("primary", ScimBoolean.TRUE)
                    .put("value", pick(random, NAMES).toLowerCase(Locale.ROOT) + index + "@example.com").build())));
        }
        if (random.nextBoolean()) {
            user.put("phoneNumbers", new ScimArray(List.of(ScimObject.builder().put("type", "mobile")
                    .put("value", "+1 555 01" + index).build())));
        }
        if (random.nextBoolean()) {
            user.put(SchemaUrns.ENTERPRISE_USER, ScimObject.builder().put("department", pick(random, DEPARTMENTS))
                    .build());
        }
        return user.build();
    }

    /** A filter over the attributes the Okta mapping keeps, with every operator the stores translate. */
    private String randomFilter(Random random, Integer depth) {
        int choice = random.nextInt(depth > 2 ? 6 : 10);
        return switch (choice) {
            case 6 -> randomFilter(random, depth + 1) + " and " + randomFilter(random, depth + 1);
            case 7 -> randomFilter(random, depth + 1) + " or " + randomFilter(random, depth + 1);
            case 8 -> "not (" + randomFilter(random, depth + 1) + ")";
            case 9 -> random.nextBoolean()
                    ? "emails[value " + pick(random, "co", "sw", "ew", "eq") + " " + quote(pick(random, TEXT)) + "]"
                    : "phoneNumbers[type eq \"mobile\" and value " + pick(random, "sw", "co") + " "
                            + quote(pick(random, TEXT)) + "]";
            default -> comparison(random);
        };
    }

    private String comparison(Random random) {
        if (random.nextInt(8) == 0) {
            Instant around = instants.get(random.nextInt(instants.size()))
                    .plusNanos((random.nextInt(5) - 2) * 500_000L);
            return pick(random, "meta.created", "meta.lastModified") + " "
                    + pick(random, "eq", "ne", "gt", "ge", "lt", "le") + " " + quote(around.toString());
        }
        String attribute = pick(random, "userName", "name.givenName", "name.familyName", "title", "emails.value",
                "emails", "phoneNumbers.value", "phoneNumbers.type", "externalId", "department",
                SchemaUrns.ENTERPRISE_USER + ":department", "nickName", "active", "displayName");
        if (random.nextInt(6) == 0) {
            return attribute + " pr";
        }
        if (attribute.equals("active")) {
            return "active " + pick(random, "eq", "ne") + " " + pick(random, "true", "false", "\"True\"");
        }
        String operator = pick(random, "eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le");
        String value = attribute.equals("phoneNumbers.type") ? pick(random, "mobile", "MOBILE", "work")
                : attribute.equals("externalId") ? "ext-" + random.nextInt(USERS) : pick(random, TEXT);
        return attribute + " " + operator + " " + quote(value);
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }
}
