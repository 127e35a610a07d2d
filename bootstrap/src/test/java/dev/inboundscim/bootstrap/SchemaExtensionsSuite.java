package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.ScimTestSupport.assertScimError;
import static dev.inboundscim.bootstrap.ScimTestSupport.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A connection's own User schema extensions, and the whole core User schema, over HTTP (SPEC §10, issue 18):
 * extensions declared in the SCIM configuration and checked there, mapped like core attributes, published in
 * /Schemas and /ResourceTypes, written by POST, PUT and PATCH (both "URN:attr" and Auth0's "URN.attr"),
 * type-checked, filtered in the store by type (numbers, booleans and dateTimes as such), sorted, projected (returned
 * never and request), and immutable where declared so; every multi-valued core attribute kept whole.
 */
abstract class SchemaExtensionsSuite extends RunningServerTest {

    static final String URN = "urn:ietf:params:scim:schemas:extension:acme:2.0:User";
    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final String EXTENSION = """
            [{"id":"%s","name":"AcmeUser","description":"Acme's own attributes","attributes":[
              {"name":"costCode","type":"string"},
              {"name":"level","type":"integer"},
              {"name":"score","type":"decimal"},
              {"name":"vip","type":"boolean"},
              {"name":"hiredAt","type":"dateTime"},
              {"name":"badge","type":"complex","subAttributes":[
                {"name":"number","type":"string","caseExact":true},{"name":"issued","type":"dateTime"}]},
              {"name":"tags","type":"string","multiValued":true},
              {"name":"pin","type":"string","mutability":"immutable"},
              {"name":"secret","type":"string","mutability":"writeOnly","returned":"never"},
              {"name":"note","type":"string","returned":"request"}]}]""".formatted(URN);

    private ScimEndpoint scim;

    @BeforeEach
    void connectionWithAnExtension() {
        scim = ScimEndpoint.create(http, "okta", "get:users post:users put:users patch:users delete:users");
        Reply changed = configure(EXTENSION, mappingWith(List.of(
                pair(URN + ".costCode", "app_metadata.cost_code"),
                pair(URN + ":level", "app_metadata.level"),
                pair(URN + ":score", "app_metadata.score"),
                pair(URN + ":vip", "app_metadata.vip"),
                pair(URN + ":hiredAt", "app_metadata.hired_at"),
                pair(URN + ":badge", "app_metadata.badge"),
                pair(URN + ":tags", "app_metadata.tags"),
                pair(URN + ":pin", "app_metadata.pin"),
                pair(URN + ":secret", "app_metadata.secret"),
                pair(URN + ":note", "app_metadata.note"))));
        assertEquals(200, changed.status(), changed.body());
    }

    private Reply configure(String extensions, ArrayNode mapping) {
        ObjectNode body = HttpClientSupport.JSON.createObjectNode();
        if (extensions != null) {
            body.set("schema_extensions", parse(extensions));
        }
        if (mapping != null) {
            body.set("mapping", mapping);
        }
        return http.send("PATCH", configurationPath(), ADMIN, body.toString(), "application/json");
    }

    private static JsonNode parse(String json) {
        try {
            return HttpClientSupport.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String configurationPath() {
        return "/api/v2/connections/" + scim.connectionId() + "/scim-configuration";
    }

    private ArrayNode mappingWith(List<ObjectNode> extra) {
        JsonNode defaults = http.get(configurationPath() + "/default-mapping", ADMIN).json().path("mapping");
        ArrayNode mapping = HttpClientSupport.JSON.createArrayNode();
        defaults.forEach(mapping::add);
        extra.forEach(mapping::add);
        return mapping;
    }

    private static ObjectNode pair(String scimPath, String auth0) {
        ObjectNode pair = HttpClientSupport.JSON.createObjectNode();
        pair.put("scim", scimPath);
        pair.put("auth0", auth0);
        return pair;
    }

    private static String user(String userName, String acme) {
        return """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],
                 "userName":"%s","externalId":"%s","name":{"givenName":"Jo","familyName":"Doe"},"active":true,
                 "%s":%s}""".formatted(URN, userName, userName + "-ext", URN, acme);
    }

    private Reply create(String userName, String acme) {
        return http.post(scim.path() + "/Users", scim.token(), user(userName, acme));
    }

    private String created(String userName, String acme) {
        Reply created = create(userName, acme);
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    private Reply patch(String id, String operations) {
        return http.send("PATCH", scim.path() + "/Users/" + encode(id), scim.token(),
                "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":" + operations + "}", "application/scim+json");
    }

    private List<String> find(String query) {
        Reply reply = http.get(scim.path() + "/Users?" + query, scim.token());
        assertEquals(200, reply.status(), query + " -> " + reply.body());
        List<String> names = new ArrayList<>();
        reply.json().path("Resources").forEach(u -> names.add(u.path("userName").asText()));
        return names;
    }

    private List<String> filter(String filter) {
        return find("filter=" + encode(filter));
    }

    @Test
    void theConfigurationShowsItsExtensionsAndDiscoveryPublishesThem() {
        JsonNode configuration = http.get(configurationPath(), ADMIN).json();
        JsonNode declared = configuration.path("schema_extensions").get(0);
        assertEquals(URN, declared.path("id").asText());
        assertEquals("integer", declared.path("attributes").get(1).path("type").asText());
        // Written as Auth0 does (URN.costCode) or as RFC 7644 does (URN:level), a declared path reads back in the
        // RFC's form: only ":" separates a URN the path grammar does not know from its attribute unambiguously.
        assertTrue(configuration.path("mapping").toString().contains(URN + ":costCode"), configuration.toString());
        assertTrue(configuration.path("mapping").toString().contains(URN + ":level"), configuration.toString());

        JsonNode schema = http.get(scim.path() + "/Schemas/" + URN, scim.token()).json();
        assertEquals("AcmeUser", schema.path("name").asText(), schema.toString());
        assertEquals(10, schema.path("attributes").size());
        JsonNode listed = http.get(scim.path() + "/Schemas", scim.token()).json();
        assertTrue(listed.toString().contains(URN), listed.toString());
        JsonNode userType = http.get(scim.path() + "/ResourceTypes/User", scim.token()).json();
        List<String> extensions = new ArrayList<>();
        userType.path("schemaExtensions").forEach(e -> extensions.add(e.path("schema").asText()));
        assertTrue(extensions.contains(URN), userType.toString());
    }

    @Test
    void valuesAreWrittenTypedAndReadBackUnderTheirUrn() {
        Reply created = create("ann", """
                {"costCode":"CC-1","level":3,"score":4.5,"vip":true,"hiredAt":"2026-03-01T10:00:00+02:00",
                 "badge":{"number":"B-7","issued":"2026-01-01T00:00:00Z"},"tags":["a","b"],"pin":"1234",
                 "secret":"s3cr3t","note":"hello"}""");
        assertEquals(201, created.status(), created.body());
        JsonNode acme = created.json().path(URN);
        assertEquals("CC-1", acme.path("costCode").asText());
        assertEquals(3, acme.path("level").asInt());
        assertTrue(acme.path("level").isIntegralNumber());
        assertEquals(4.5, acme.path("score").asDouble());
        assertTrue(acme.path("vip").asBoolean());
        assertEquals("2026-03-01T08:00:00.000000000Z", acme.path("hiredAt").asText(), "one UTC form for ordering");
        assertEquals("B-7", acme.path("badge").path("number").asText());
        assertEquals(2, acme.path("tags").size());
        assertFalse(acme.has("secret"), "returned never");
        assertFalse(acme.has("note"), "returned only on request");
        List<String> schemas = new ArrayList<>();
        created.json().path("schemas").forEach(s -> schemas.add(s.asText()));
        assertTrue(schemas.contains(URN), schemas.toString());

        String id = created.json().path("id").asText();
        JsonNode asked = http.get(scim.path() + "/Users/" + encode(id) + "?attributes=" + encode(URN + ":note"),
                scim.token()).json();
        assertEquals("hello", asked.path(URN).path("note").asText(), asked.toString());
        assertFalse(asked.has("userName"), asked.toString());
        JsonNode without = http.get(scim.path() + "/Users/" + encode(id) + "?excludedAttributes="
                + encode(URN + ":costCode"), scim.token()).json();
        assertFalse(without.path(URN).has("costCode"), without.toString());
        assertEquals(3, without.path(URN).path("level").asInt());
        JsonNode profile = http.get("/api/v2/users/" + encode(id), ADMIN).json();
        assertEquals("s3cr3t", profile.path("app_metadata").path("secret").asText(),
                "a writeOnly value is stored, only never returned: " + profile);
    }

    @Test
    void aValueOfTheWrongTypeIs400AndNothingIsWritten() {
        for (String acme : List.of("{\"level\":\"three\"}", "{\"level\":3.5}", "{\"score\":\"x\"}",
                "{\"vip\":\"maybe\"}", "{\"hiredAt\":\"yesterday\"}", "{\"badge\":\"B-7\"}",
                "{\"badge\":{\"shoe\":\"x\"}}", "{\"tags\":[1,2]}", "{\"costCode\":{\"a\":1}}")) {
            Reply refused = create("typo-" + UUID.randomUUID().toString().substring(0, 6), acme);
            assertScimError(refused, 400);
            assertEquals("invalidValue", refused.json().path("scimType").asText(), acme);
        }
        assertEquals(List.of(), filter("userName sw \"typo-\""));
    }

    @Test
    void putAndBothPatchPathFormsReachExtensionAttributes() {
        String id = created("bo", "{\"costCode\":\"A\",\"level\":1,\"pin\":\"9\"}");
        Reply dotted = patch(id, "[{\"op\":\"replace\",\"path\":\"" + URN + ".costCode\",\"value\":\"B\"}]");
        assertEquals(200, dotted.status(), dotted.body());
        assertEquals("B", dotted.json().path(URN).path("costCode").asText());
        Reply colon = patch(id, "[{\"op\":\"add\",\"path\":\"" + URN + ":level\",\"value\":7},"
                + "{\"op\":\"add\",\"path\":\"" + URN + ":badge.number\",\"value\":\"N-1\"}]");
        assertEquals(200, colon.status(), colon.body());
        assertEquals(7, colon.json().path(URN).path("level").asInt());
        assertEquals("N-1", colon.json().path(URN).path("badge").path("number").asText());
        Reply noPath = patch(id, "[{\"op\":\"replace\",\"value\":{\"" + URN + "\":{\"vip\":true}}}]");
        assertEquals(200, noPath.status(), noPath.body());
        assertTrue(noPath.json().path(URN).path("vip").asBoolean(), noPath.body());
        Reply wrong = patch(id, "[{\"op\":\"replace\",\"path\":\"" + URN + ":level\",\"value\":\"high\"}]");
        assertScimError(wrong, 400);
        assertEquals("invalidValue", wrong.json().path("scimType").asText());
        Reply removed = patch(id, "[{\"op\":\"remove\",\"path\":\"" + URN + ":costCode\"}]");
        assertEquals(200, removed.status(), removed.body());
        assertFalse(removed.json().path(URN).has("costCode"), removed.body());

        Reply put = http.put(scim.path() + "/Users/" + encode(id), scim.token(),
                user("bo", "{\"level\":2,\"tags\":[\"x\"]}"));
        assertEquals(200, put.status(), put.body());
        JsonNode acme = put.json().path(URN);
        assertEquals(2, acme.path("level").asInt());
        assertFalse(acme.has("vip"), "a replace clears what it leaves out");
        assertEquals("9", acme.path("pin").asText(), "an immutable value stays when a replace leaves it out");
    }

    @Test
    void anImmutableValueCannotChangeOnceSet() {
        String id = created("cy", "{\"pin\":\"1111\"}");
        Reply same = patch(id, "[{\"op\":\"replace\",\"path\":\"" + URN + ":pin\",\"value\":\"1111\"}]");
        assertEquals(200, same.status(), same.body());
        Reply changed = patch(id, "[{\"op\":\"replace\",\"path\":\"" + URN + ":pin\",\"value\":\"2222\"}]");
        assertScimError(changed, 400);
        assertEquals("mutability", changed.json().path("scimType").asText());
        String fresh = created("cy2", "{}");
        Reply first = patch(fresh, "[{\"op\":\"add\",\"path\":\"" + URN + ":pin\",\"value\":\"3333\"}]");
        assertEquals(200, first.status(), "a first value is accepted: " + first.body());
    }

    @Test
    void filtersCompareByTypeInTheStore() {
        created("u1", "{\"costCode\":\"CC-1\",\"level\":5,\"score\":1.5,\"vip\":true,"
                + "\"hiredAt\":\"2026-01-01T12:00:00Z\",\"badge\":{\"number\":\"B-1\"},\"tags\":[\"red\",\"blue\"]}");
        created("u2", "{\"costCode\":\"cc-2\",\"level\":40,\"score\":10,\"vip\":false,"
                + "\"hiredAt\":\"2026-01-01T13:30:00+02:00\",\"badge\":{\"number\":\"b-1\"},\"tags\":[\"green\"]}");
        created("u3", "{\"level\":-2}");

        assertEquals(List.of("u2"), filter(URN + ":level gt 5"), "40 > 5 as numbers, not as text");
        assertEquals(List.of("u1", "u3"), filter(URN + ":level le 5"));
        assertEquals(List.of("u1"), filter("level eq 5"), "an unqualified name finds a declared attribute");
        assertEquals(List.of("u2"), filter(URN + ":score ge 2"));
        assertEquals(List.of("u1"), filter(URN + ":vip eq true"));
        assertEquals(List.of("u2", "u3"), filter("not (" + URN + ":vip eq true)"));
        // 13:30+02:00 is 11:30Z, before 12:00Z: compared as instants, not as the text sent.
        assertEquals(List.of("u1"), filter(URN + ":hiredAt gt \"2026-01-01T11:45:00Z\""));
        assertEquals(List.of("u2"), filter(URN + ":hiredAt lt \"2026-01-01T13:45:00+02:00\""));
        assertEquals(List.of("u1", "u2"), filter(URN + ":costCode sw \"cc-\""), "caseExact false: ignores case");
        assertEquals(List.of("u1"), filter(URN + ":badge.number eq \"B-1\""), "caseExact true: respects it");
        assertEquals(List.of("u1"), filter(URN + ":tags eq \"blue\""));
        assertEquals(List.of("u1", "u2"), filter(URN + ":hiredAt pr"));
        Reply badDate = http.get(scim.path() + "/Users?filter=" + encode(URN + ":hiredAt gt \"soon\""),
                scim.token());
        assertScimError(badDate, 400);
        assertEquals("invalidFilter", badDate.json().path("scimType").asText());

        assertEquals(List.of("u3", "u1", "u2"), find("sortBy=" + encode(URN + ":level")), "numbers sort by value");
        assertEquals(List.of("u2", "u1", "u3"), find("sortBy=" + encode(URN + ":level") + "&sortOrder=descending"));
        assertEquals(List.of("u3", "u2", "u1"), find("sortBy=" + encode(URN + ":hiredAt")),
                "dateTimes sort by instant (11:30Z before 12:00Z); a missing value first");
    }

    @Test
    void declarationsAreCheckedAndNameTheProblem() {
        String[][] refused = {
                {"{}", "must be an array"},
                {"[{\"id\":\"not-a-urn\",\"attributes\":[{\"name\":\"a\"}]}]", "URN"},
                {"[{\"id\":\"urn:ietf:params:scim:schemas:core:2.0:User\",\"attributes\":[{\"name\":\"a\"}]}]",
                        "standard schema"},
                {"[{\"id\":\"" + URN + "\",\"attributes\":[{\"name\":\"userName\"}]}]", "clashes"},
                {"[{\"id\":\"" + URN + "\",\"attributes\":[{\"name\":\"department\"}]}]", "clashes"},
                {"[{\"id\":\"" + URN + "\",\"attributes\":[{\"name\":\"a\"},{\"name\":\"A\"}]}]", "twice"},
                {"[{\"id\":\"" + URN + "\",\"attributes\":[{\"name\":\"1a\"}]}]", "start with a letter"},
                {"[{\"id\":\"" + URN + "\",\"attributes\":[{\"name\":\"a\",\"type\":\"shoe\"}]}]", "type must be"},
                {"[{\"id\":\"" + URN + "\",\"attributes\":[{\"name\":\"a\",\"type\":\"complex\"}]}]",
                        "subAttributes"},
                {"[{\"id\":\"" + URN + "\",\"attributes\":[{\"name\":\"a\",\"type\":\"complex\",\"subAttributes\":"
                        + "[{\"name\":\"b\",\"type\":\"complex\"}]}]}]", "cannot be complex"},
                {"[{\"id\":\"" + URN + "\",\"attributes\":[{\"name\":\"a\",\"uniqueness\":\"server\"}]}]",
                        "uniqueness"},
                {"[{\"id\":\"" + URN + "\",\"attributes\":[{\"name\":\"a\",\"mutability\":\"readOnly\"}]}]",
                        "readOnly"},
                {"[{\"id\":\"" + URN + "\",\"attributes\":[{\"name\":\"a\",\"shoe\":1}]}]", "unknown field shoe"}};
        for (String[] declaration : refused) {
            Reply reply = configure(declaration[0], null);
            assertEquals(400, reply.status(), declaration[0] + " -> " + reply.body());
            assertTrue(reply.body().contains(declaration[1]), declaration[0] + " -> " + reply.body());
        }
        assertEquals(URN, http.get(configurationPath(), ADMIN).json().path("schema_extensions").get(0)
                .path("id").asText(), "a refused declaration changes nothing");
    }

    @Test
    void anExtensionAMappingUsesCannotBeRemovedOrChangedUnderIt() {
        Reply removed = configure("[]", null);
        assertEquals(400, removed.status(), removed.body());
        assertTrue(removed.body().contains(URN + ":costCode"), "names the pair: " + removed.body());
        Reply retyped = configure(EXTENSION.replace("{\"name\":\"level\",\"type\":\"integer\"}",
                "{\"name\":\"level\",\"type\":\"string\"}"), null);
        assertEquals(400, retyped.status(), retyped.body());
        assertTrue(retyped.body().contains("app_metadata.level"), "names the pair: " + retyped.body());
        Reply described = configure(EXTENSION.replace("Acme's own attributes", "Acme, described anew"), null);
        assertEquals(200, described.status(), "a description may change: " + described.body());
        Reply unmappedFirst = configure("[]", mappingWith(List.of()));
        assertEquals(200, unmappedFirst.status(), "without its pairs it can go: " + unmappedFirst.body());
        assertEquals(0, unmappedFirst.json().path("schema_extensions").size());
        Reply refusedPair = configure(null, mappingWith(List.of(pair(URN + ":level", "app_metadata.level"))));
        assertEquals(400, refusedPair.status(), "an undeclared attribute cannot be mapped: " + refusedPair.body());
    }

    /**
     * The whole core User schema (SPEC §10): name.formatted and every multi-valued attribute kept as a whole array,
     * secondary values included, reached by filters and PATCH.
     */
    @Test
    void theWholeCoreSchemaIsKeptWithEveryElement() {
        List<ObjectNode> whole = new ArrayList<>();
        for (String attribute : List.of("emails", "phoneNumbers", "ims", "photos", "addresses", "entitlements",
                "roles", "x509Certificates")) {
            whole.add(pair(attribute, "app_metadata.core_" + attribute.toLowerCase(Locale.ROOT)));
        }
        whole.add(pair("name.formatted", "app_metadata.formatted_name"));
        ArrayNode mapping = HttpClientSupport.JSON.createArrayNode();
        http.get(configurationPath() + "/default-mapping", ADMIN).json().path("mapping").forEach(p -> {
            String scimPath = p.path("scim").asText();
            if (!scimPath.startsWith("emails") && !scimPath.startsWith("phoneNumbers")
                    && !scimPath.startsWith("photos") && !scimPath.startsWith("addresses")) {
                mapping.add(p);
            }
        });
        whole.forEach(mapping::add);
        Reply configured = configure(null, mapping);
        assertEquals(200, configured.status(), configured.body());

        Reply created = http.post(scim.path() + "/Users", scim.token(), """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"dee","externalId":"dee-ext",
                 "name":{"formatted":"Ms. Dee Doe","givenName":"Dee","familyName":"Doe"},
                 "emails":[{"value":"dee@work.example","type":"work","primary":true},
                           {"value":"dee@home.example","type":"home"}],
                 "phoneNumbers":[{"value":"+1 555 0100","type":"work"},{"value":"+1 555 0199","type":"mobile"}],
                 "ims":[{"value":"dee@xmpp.example","type":"xmpp"}],
                 "photos":[{"value":"https://photos.example/dee.jpg","type":"photo"}],
                 "addresses":[{"locality":"Lyon","country":"FR","type":"work"},
                              {"locality":"Nice","country":"FR","type":"home"}],
                 "entitlements":[{"value":"licence-a"},{"value":"licence-b"}],
                 "roles":[{"value":"admin","primary":true}],
                 "x509Certificates":[{"value":"MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAw"}]}""");
        assertEquals(201, created.status(), created.body());
        JsonNode user = created.json();
        assertEquals("Ms. Dee Doe", user.path("name").path("formatted").asText(), user.toString());
        assertEquals(2, user.path("emails").size());
        assertEquals(2, user.path("addresses").size());
        assertEquals(2, user.path("entitlements").size());
        assertEquals(1, user.path("x509Certificates").size());
        created("other", "{}");

        assertEquals(List.of("dee"), filter("emails.value co \"home.example\""), "a secondary address finds her");
        assertEquals(List.of("dee"), filter("emails[type eq \"home\" and value ew \".example\"]"));
        assertEquals(List.of("dee"), filter("phoneNumbers[type eq \"mobile\"]"));
        assertEquals(List.of("dee"), filter("ims.type eq \"xmpp\""));
        assertEquals(List.of("dee"), filter("addresses[locality eq \"nice\"]"));
        assertEquals(List.of("dee"), filter("entitlements eq \"licence-b\""));
        assertEquals(List.of("dee"), filter("x509Certificates pr"));
        assertEquals(List.of("dee"), filter("name.formatted sw \"ms. dee\""));
        assertEquals(List.of("dee"), filter("photos.value pr and roles[value eq \"admin\" and primary eq true]"));

        String id = user.path("id").asText();
        Reply patched = patch(id, "[{\"op\":\"add\",\"path\":\"ims\",\"value\":[{\"value\":\"dee@skype\","
                + "\"type\":\"skype\"}]},{\"op\":\"replace\",\"path\":\"phoneNumbers[type eq \\\"work\\\"].value\","
                + "\"value\":\"+1 555 0111\"},{\"op\":\"remove\",\"path\":\"emails[type eq \\\"home\\\"]\"}]");
        assertEquals(200, patched.status(), patched.body());
        assertEquals(2, patched.json().path("ims").size(), patched.body());
        assertTrue(patched.body().contains("+1 555 0111"), patched.body());
        assertEquals(1, patched.json().path("emails").size(), patched.body());
        assertEquals(List.of(), filter("emails.value co \"home.example\""));
        assertEquals(List.of("dee"), filter("ims[type eq \"skype\"]"));
    }
}
