package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.ScimTestSupport.assertScimError;
import static dev.inboundscim.bootstrap.ScimTestSupport.encode;
import static dev.inboundscim.bootstrap.ScimTestSupport.oktaUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SCIM Groups over HTTP as Okta and Entra drive them: CRUD, filters, projections, every membership PATCH form, the
 * 204 rule for large groups, limits (the test server's are small: {@link TestServer#TEST_GROUP_LIMITS}), users'
 * {@code groups}, and the Management API's group views.
 */
abstract class GroupsSuite extends RunningServerTest {

    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    private ScimEndpoint scim;

    @BeforeEach
    void endpoint() {
        scim = ScimEndpoint.create(http, "okta", "get:users post:users patch:users delete:users get:groups post:groups "
                + "put:groups patch:groups delete:groups");
    }

    private String user(String name) {
        Reply created = http.post(scim.path() + "/Users", scim.token(),
                oktaUser(name + "@example.com", name + "-" + UUID.randomUUID().toString().substring(0, 6), name,
                        true));
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    private Reply createGroup(String displayName, String... members) {
        StringBuilder list = new StringBuilder();
        for (String member : members) {
            list.append(list.isEmpty() ? "" : ",").append("{\"value\":\"").append(member).append("\"}");
        }
        return http.post(scim.path() + "/Groups", scim.token(), """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"%s",
                 "externalId":"ext-%s","members":[%s]}""".formatted(displayName, displayName, list));
    }

    private String group(String displayName, String... members) {
        Reply created = createGroup(displayName, members);
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    private Reply patch(String groupId, String operations) {
        return patch(groupId, operations, "");
    }

    private Reply patch(String groupId, String operations, String query) {
        return http.send("PATCH", scim.path() + "/Groups/" + groupId + query, scim.token(),
                "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":" + operations + "}", "application/scim+json");
    }

    private static List<String> displays(JsonNode groups) {
        List<String> names = new ArrayList<>();
        groups.forEach(group -> names.add(group.path("display").asText()));
        return names;
    }

    private JsonNode get(String groupId) {
        Reply reply = http.get(scim.path() + "/Groups/" + groupId, scim.token());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static Set<String> memberIds(JsonNode group) {
        Set<String> ids = new HashSet<>();
        group.path("members").forEach(m -> ids.add(m.path("value").asText()));
        return ids;
    }

    private List<String> find(String filter) {
        Reply reply = http.get(scim.path() + "/Groups?filter=" + encode(filter), scim.token());
        assertEquals(200, reply.status(), reply.body());
        List<String> names = new ArrayList<>();
        reply.json().path("Resources").forEach(g -> names.add(g.path("displayName").asText()));
        return names;
    }

    @Test
    void createsReadsReplacesAndDeletesAGroup() {
        String alice = user("alice");
        Reply created = createGroup("Engineering", alice);
        assertEquals(201, created.status(), created.body());
        JsonNode group = created.json();
        String id = group.path("id").asText();
        assertTrue(id.matches("grp_[A-Za-z0-9]{16}"), id);
        assertEquals(http.base() + scim.path() + "/Groups/" + id, created.header("Location"));
        assertEquals("W/\"1\"", created.header("ETag"));
        assertEquals("urn:ietf:params:scim:schemas:core:2.0:Group", group.path("schemas").get(0).asText());
        assertEquals("Group", group.path("meta").path("resourceType").asText());
        assertEquals(created.header("Location"), group.path("meta").path("location").asText());
        JsonNode member = group.path("members").get(0);
        assertEquals(alice, member.path("value").asText());
        assertEquals("alice Doe", member.path("display").asText(), "the user's displayName, as mapped");
        assertEquals("User", member.path("type").asText());
        assertEquals(http.base() + scim.path() + "/Users/" + encode(alice), member.path("$ref").asText());

        assertEquals(group, get(id));

        Reply replaced = http.put(scim.path() + "/Groups/" + id, scim.token(),
                "{\"displayName\":\"Platform\",\"id\":\"" + id + "\"}");
        assertEquals(200, replaced.status(), replaced.body());
        assertEquals("Platform", replaced.json().path("displayName").asText());
        assertTrue(replaced.json().path("members").isArray());
        assertEquals(0, replaced.json().path("members").size(), "PUT without members empties the group");
        assertFalse(replaced.json().has("externalId"), "PUT clears what it omits");

        assertEquals(204, http.delete(scim.path() + "/Groups/" + id, scim.token()).status());
        assertScimError(http.get(scim.path() + "/Groups/" + id, scim.token()), 404);
        assertScimError(http.get(scim.path() + "/Groups/not-a-group-id", scim.token()), 404);
        assertScimError(http.delete(scim.path() + "/Groups/" + id, scim.token()), 404);
    }

    @Test
    void anEmptyGroupHasAnEmptyMembersArray() {
        JsonNode group = get(group("Nobody"));
        assertTrue(group.path("members").isArray(), group.toString());
        assertEquals(0, group.path("members").size());
    }

    @Test
    void displayNamesAreUniqueIgnoringCase() {
        group("Sales");
        Reply duplicate = createGroup("SALES");
        assertScimError(duplicate, 409);
        assertEquals("uniqueness", duplicate.json().path("scimType").asText());
        String other = group("Marketing");
        Reply rename = patch(other, "[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"sales\"}]");
        assertScimError(rename, 409);
        assertEquals("Marketing", get(other).path("displayName").asText());
    }

    @Test
    void membersMustBeUsersOfTheConnection() {
        String alice = user("alice");
        ScimEndpoint other = ScimEndpoint.create(http, "okta", "post:users");
        Reply stranger = http.post(other.path() + "/Users", other.token(), oktaUser("s@x.com", "s-1", "S", true));
        String strangerId = stranger.json().path("id").asText();

        Reply refused = createGroup("Mixed", alice, strangerId);
        assertScimError(refused, 400);
        assertEquals("invalidValue", refused.json().path("scimType").asText());
        assertEquals(List.of(), find("displayName eq \"Mixed\""));

        String id = group("Clean", alice);
        Reply unknown = patch(id, "[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Renamed\"},"
                + "{\"op\":\"add\",\"path\":\"members\",\"value\":\"okta|nobody|1\"}]");
        assertScimError(unknown, 400);
        assertEquals("invalidValue", unknown.json().path("scimType").asText());
        JsonNode unchanged = get(id);
        assertEquals("Clean", unchanged.path("displayName").asText(), "all operations or none");
        assertEquals(Set.of(alice), memberIds(unchanged));
    }

    @Test
    void speaksOktasAndEntrasMembershipPatches() {
        String a = user("a");
        String b = user("b");
        String c = user("c");
        String id = group("Patched");

        // Okta: add several member objects; Entra: Add with $ref null; anyone: a bare id.
        assertEquals(200, patch(id, "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + a
                + "\",\"display\":\"A\"},{\"value\":\"" + b + "\"}]}]").status());
        Reply entra = patch(id, "[{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"$ref\":null,\"value\":\""
                + c + "\"}]}]");
        assertEquals(200, entra.status(), entra.body());
        assertEquals(Set.of(a, b, c), memberIds(entra.json()));

        // Okta removes by filter; Entra removes with a value array.
        assertEquals(Set.of(b, c), memberIds(patch(id, "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + a
                + "\\\"]\"}]").json()));
        assertEquals(Set.of(c), memberIds(patch(id, "[{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\""
                + b + "\"}]}]").json()));
        assertEquals(Set.of(a), memberIds(patch(id, "[{\"op\":\"add\",\"path\":\"members\",\"value\":\"" + a
                + "\"},{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + c + "\\\"]\"}]").json()));

        // Replace of all members, then Okta's rename: a no-path replace carrying the unchanged id.
        assertEquals(Set.of(b, c), memberIds(patch(id, "[{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":\""
                + b + "\"},{\"value\":\"" + c + "\"}]}]").json()));
        Reply renamed = patch(id, "[{\"op\":\"replace\",\"value\":{\"id\":\"" + id + "\",\"displayName\":\"Renamed\"}}]");
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("Renamed", renamed.json().path("displayName").asText());
        assertEquals(Set.of(b, c), memberIds(renamed.json()));
        assertScimError(patch(id, "[{\"op\":\"replace\",\"value\":{\"id\":\"grp_0000000000000000\"}}]"), 400);

        // Removing everyone, and removing someone who is not a member (a no-op).
        assertEquals(200, patch(id, "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + a + "\\\"]\"}]")
                .status());
        assertEquals(Set.of(), memberIds(patch(id, "[{\"op\":\"remove\",\"path\":\"members\"}]").json()));
        assertEquals("W/\"10\"", get(id).path("meta").path("version").asText(), "nine PATCHes were applied");
    }

    @Test
    void refusesMalformedPatches() {
        String id = group("Strict");
        assertEquals("invalidPath", patch(id, "[{\"op\":\"add\",\"path\":\"owner\",\"value\":\"x\"}]").json()
                .path("scimType").asText());
        assertEquals("mutability", patch(id, "[{\"op\":\"remove\",\"path\":\"displayName\"}]").json()
                .path("scimType").asText());
        assertEquals("invalidFilter", patch(id, "[{\"op\":\"remove\",\"path\":\"members[display eq \\\"x\\\"]\"}]")
                .json().path("scimType").asText());
        assertEquals("invalidValue", patch(id, "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"x\","
                + "\"type\":\"Group\"}]}]").json().path("scimType").asText());
        assertEquals("invalidSyntax", patch(id, "[]").json().path("scimType").asText());
        assertEquals("W/\"1\"", get(id).path("meta").path("version").asText(), "no refused PATCH changed it");
    }

    @Test
    void filtersSortsAndPages() {
        String alice = user("alice");
        String bob = user("bob");
        group("Engineering", alice, bob);
        group("Sales", bob);
        group("sales ops", alice);

        assertEquals(List.of("Sales"), find("displayName eq \"SALES\""));
        assertEquals(List.of("Sales"), find("externalId eq \"ext-Sales\""));
        assertEquals(List.of(), find("externalId eq \"EXT-SALES\""));
        assertEquals(List.of("Engineering", "sales ops"), find("members[value eq \"" + alice + "\"]"));
        assertEquals(List.of("Engineering", "Sales"), find("members.value eq \"" + bob + "\""));
        assertEquals(List.of("Sales", "sales ops"), find("displayName sw \"sal\" and meta.resourceType eq \"Group\""));
        assertScimError(http.get(scim.path() + "/Groups?filter=" + encode("nickName eq \"x\""), scim.token()), 400);

        Reply sorted = http.get(scim.path() + "/Groups?sortBy=displayName&sortOrder=descending&startIndex=2&count=1"
                + "&excludedAttributes=members", scim.token());
        assertEquals(200, sorted.status(), sorted.body());
        JsonNode page = sorted.json();
        assertEquals(3, page.path("totalResults").asInt());
        assertEquals(2, page.path("startIndex").asInt());
        assertEquals(1, page.path("itemsPerPage").asInt());
        assertEquals("Sales", page.path("Resources").get(0).path("displayName").asText());
        assertFalse(page.path("Resources").get(0).has("members"));

        Reply searched = http.post(scim.path() + "/Groups/.search", scim.token(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
                 "filter":"displayName eq \\"engineering\\"","attributes":["members.value","displayName"]}""");
        assertEquals(200, searched.status(), searched.body());
        JsonNode found = searched.json().path("Resources").get(0);
        assertEquals("Engineering", found.path("displayName").asText());
        assertFalse(found.has("externalId"));
        assertEquals(Set.of(alice, bob), memberIds(found));
        assertFalse(found.path("members").get(0).has("display"), "only members.value was asked for");

        Reply cursor = http.get(scim.path() + "/Groups?cursor=&count=2", scim.token());
        assertEquals(2, cursor.json().path("Resources").size());
        String next = cursor.json().path("nextCursor").asText();
        Reply last = http.get(scim.path() + "/Groups?cursor=" + next + "&count=2", scim.token());
        assertEquals(1, last.json().path("Resources").size());
        assertFalse(last.json().has("nextCursor"));
        String usersCursor = http.get(scim.path() + "/Users?cursor=&count=1", scim.token()).json()
                .path("nextCursor").asText();
        Reply foreign = http.get(scim.path() + "/Groups?cursor=" + usersCursor + "&count=2", scim.token());
        assertScimError(foreign, 400);
        assertEquals("invalidCursor", foreign.json().path("scimType").asText(), "a cursor is bound to its listing");
    }

    /**
     * Groups' cursors are keyset positions (issue 20): walked page by page in a sorted listing they list what one
     * page lists, a group deleted behind the walk neither hides nor repeats another, and an edited cursor is
     * {@code invalidCursor}.
     */
    @Test
    void groupCursorsSeekAfterTheLastGroupOfThePageBefore() {
        List<String> ids = new ArrayList<>();
        for (String name : List.of("Kilo", "alpha", "Echo", "delta", "Bravo", "charlie")) {
            ids.add(group(name));
        }
        String query = scim.path() + "/Groups?sortBy=displayName&sortOrder=descending&excludedAttributes=members";
        List<String> all = new ArrayList<>();
        http.get(query + "&count=100", scim.token()).json().path("Resources")
                .forEach(group -> all.add(group.path("displayName").asText()));
        assertEquals(List.of("Kilo", "Echo", "delta", "charlie", "Bravo", "alpha"), all);
        for (boolean deleteBehind : List.of(false, true)) {
            List<String> walked = new ArrayList<>();
            JsonNode page = http.get(query + "&count=2&cursor=", scim.token()).json();
            while (true) {
                page.path("Resources").forEach(group -> walked.add(group.path("displayName").asText()));
                if (!page.has("nextCursor")) {
                    break;
                }
                if (deleteBehind && walked.size() == 2) {
                    assertEquals(204, http.send("DELETE", scim.path() + "/Groups/" + ids.get(0), scim.token(), null,
                            null).status());
                }
                page = http.get(query + "&count=2&cursor=" + page.path("nextCursor").asText(), scim.token()).json();
            }
            assertEquals(all, walked, deleteBehind ? "Kilo deleted after the first page" : "nothing changed");
        }
        String next = http.get(query + "&count=2&cursor=", scim.token()).json().path("nextCursor").asText();
        String decoded = new String(Base64.getUrlDecoder().decode(next), StandardCharsets.UTF_8);
        String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(decoded.replaceFirst(":t:", ":m:")
                .getBytes(StandardCharsets.UTF_8));
        Reply tampered = http.get(query + "&count=2&cursor=" + edited, scim.token());
        assertScimError(tampered, 400);
        assertEquals("invalidCursor", tampered.json().path("scimType").asText(), tampered.body());
        Reply otherSort = http.get(scim.path() + "/Groups?sortBy=externalId&count=2&cursor=" + next, scim.token());
        assertEquals("invalidCursor", otherSort.json().path("scimType").asText(), "a cursor belongs to its query");
    }

    /**
     * Index pages of Groups read one after the other list what one page of all lists (issue 20: each is sought after
     * the group that ended the page before on the node that served it, or read by offset elsewhere); on one node a
     * group deleted behind the walk hides no other before the walk reaches totalResults. On several nodes, with requests spread round-robin, the pages are
     * read by offset, and only the walk over unchanged groups is compared.
     */
    @Test
    void startIndexWalksOfGroupsListWhatOnePageLists() {
        List<String> ids = new ArrayList<>();
        for (String name : List.of("Oscar", "lima", "Papa", "mike", "November")) {
            ids.add(group(name));
        }
        String query = scim.path() + "/Groups?sortBy=displayName&excludedAttributes=members";
        List<String> all = new ArrayList<>();
        http.get(query + "&count=100", scim.token()).json().path("Resources")
                .forEach(group -> all.add(group.path("displayName").asText()));
        assertEquals(List.of("lima", "mike", "November", "Oscar", "Papa"), all);
        for (boolean deleteBehind : nodeCount() == 1 ? List.of(false, true) : List.of(false)) {
            List<String> walked = new ArrayList<>();
            for (int start = 1; ; start += 2) {
                Reply page = http.get(query + "&count=2&startIndex=" + start, scim.token());
                assertEquals(200, page.status(), page.body());
                page.json().path("Resources").forEach(group -> walked.add(group.path("displayName").asText()));
                if (page.json().path("Resources").size() < 2) {
                    break;
                }
                if (deleteBehind && start == 1) {
                    assertEquals(204, http.send("DELETE", scim.path() + "/Groups/" + ids.get(1), scim.token(), null,
                            null).status(), "lima, listed on the first page");
                }
            }
            // With lima deleted after the first page, the walk goes on after the last group it was given (nothing
            // repeated, nothing skipped) until totalResults, now one less: no page answers an item beyond it, so the
            // last group falls past the end, as with an offset.
            assertEquals(deleteBehind ? all.subList(0, all.size() - 1) : all, walked,
                    deleteBehind ? "lima deleted after the first page" : "nothing changed");
        }
    }

    @Test
    void projectionsApplyToSingleGroups() {
        String alice = user("alice");
        String id = group("Projected", alice);
        JsonNode without = http.get(scim.path() + "/Groups/" + id + "?excludedAttributes=members", scim.token()).json();
        assertFalse(without.has("members"));
        assertEquals("Projected", without.path("displayName").asText());
        JsonNode only = http.get(scim.path() + "/Groups/" + id + "?attributes=displayName", scim.token()).json();
        assertEquals(Set.of("schemas", "id", "displayName"), fieldNames(only));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aLargeGroupAnswersAPlainPatchWith204() {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            users.add(user("m" + i));
        }
        String id = group("Large", users.subList(0, 6).toArray(String[]::new));
        Reply plain = patch(id, "[{\"op\":\"add\",\"path\":\"members\",\"value\":\"" + users.get(6) + "\"}]");
        assertEquals(204, plain.status(), plain.body());
        assertEquals("W/\"2\"", plain.header("ETag"));
        Reply asked = patch(id, "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + users.get(6) + "\\\"]\"}]",
                "?excludedAttributes=members");
        assertEquals(200, asked.status(), asked.body());
        assertEquals("Large", asked.json().path("displayName").asText());
        assertFalse(asked.json().has("members"));
        String small = group("Small", users.get(0));
        assertEquals(200, patch(small, "[{\"op\":\"add\",\"path\":\"members\",\"value\":\"" + users.get(1)
                + "\"}]").status());
    }

    @Test
    void enforcesTheMemberLimits() {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            users.add(user("l" + i));
        }
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 21; i++) {
            many.append(i == 0 ? "" : ",").append("{\"value\":\"").append(users.get(i)).append("\"}");
        }
        String id = group("Limited");
        Reply tooMany = patch(id, "[{\"op\":\"add\",\"path\":\"members\",\"value\":" + many + "]}]");
        assertScimError(tooMany, 400);
        assertEquals("tooMany", tooMany.json().path("scimType").asText());

        assertEquals(200, patch(id, "[{\"op\":\"add\",\"path\":\"members\",\"value\":"
                + many.toString().replaceFirst(",\\{[^}]*}$", "") + "]}]", "?attributes=id").status());
        StringBuilder rest = new StringBuilder("[");
        for (int i = 20; i < 31; i++) {
            rest.append(i == 20 ? "" : ",").append("\"").append(users.get(i)).append("\"");
        }
        Reply overGroup = patch(id, "[{\"op\":\"add\",\"path\":\"members\",\"value\":" + rest + "]}]");
        assertScimError(overGroup, 400);
        assertEquals("tooMany", overGroup.json().path("scimType").asText());
        assertEquals(20, get(id).path("members").size());
    }

    @Test
    void ifMatchGuardsGroupWrites() {
        String id = group("Versioned");
        Reply stale = http.sendWithHeader("PATCH", scim.path() + "/Groups/" + id, scim.token(),
                "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"displayName\","
                        + "\"value\":\"X\"}]}", "If-Match", "W/\"9\"");
        assertScimError(stale, 412);
        Reply fresh = http.sendWithHeader("PATCH", scim.path() + "/Groups/" + id, scim.token(),
                "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"displayName\","
                        + "\"value\":\"X\"}]}", "If-Match", "W/\"1\"");
        assertEquals(200, fresh.status(), fresh.body());
        assertScimError(http.sendWithHeader("DELETE", scim.path() + "/Groups/" + id, scim.token(), null, "If-Match",
                "W/\"1\""), 412);
    }

    @Test
    void concurrentMembershipPatchesAllLand() throws Exception {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            users.add(user("c" + i));
        }
        String id = group("Concurrent");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (String user : users) {
                tasks.add(() -> patch(id, "[{\"op\":\"add\",\"path\":\"members\",\"value\":\"" + user + "\"}]",
                        "?attributes=id").status());
            }
            for (Future<Integer> status : pool.invokeAll(tasks)) {
                assertEquals(200, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Set.copyOf(users), memberIds(get(id)));
    }

    /** Users filtered on their groups (RFC 7643 §4.1.2 groups.value and groups.display), pushed to the store. */
    @Test
    void usersAreFoundByTheirGroups() {
        String alice = user("alice");
        String bob = user("bob");
        String carol = user("carol");
        String engineering = group("Engineering", alice, bob);
        group("Admins", alice);

        assertEquals(List.of(alice, bob), findUsers("groups.value eq \"" + engineering + "\""));
        assertEquals(List.of(alice, bob), findUsers("groups eq \"" + engineering + "\""));
        assertEquals(List.of(alice), findUsers("groups.display eq \"ADMINS\""));
        assertEquals(List.of(alice, bob), findUsers("groups.value pr"));
        assertEquals(List.of(carol), findUsers("not (groups pr)"));
        assertEquals(List.of(bob), findUsers("groups[display eq \"engineering\"] and not (groups.display eq "
                + "\"Admins\")"));
        assertEquals(List.of(), findUsers("groups[display eq \"Admins\" and value eq \"" + engineering + "\"]"));
        assertEquals(List.of(alice, bob), findUsers("groups[type eq \"direct\" and display sw \"Eng\"]"));
        JsonNode page = http.get(scim.path() + "/Users?count=1&startIndex=2&filter="
                + encode("groups.display sw \"eng\""), scim.token()).json();
        assertEquals(2, page.path("totalResults").asInt(), page.toString());
        assertEquals(bob, page.path("Resources").get(0).path("id").asText());

        Reply removed = patch(engineering, "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + bob
                + "\\\"]\"}]");
        assertEquals(200, removed.status(), removed.body());
        assertEquals(List.of(alice), findUsers("groups.value eq \"" + engineering + "\""),
                "a membership change shows at once");
        Reply refused = http.get(scim.path() + "/Users?filter=" + encode("groups.$ref pr"), scim.token());
        assertScimError(refused, 400);
        assertEquals("invalidFilter", refused.json().path("scimType").asText());
    }

    private List<String> findUsers(String filter) {
        Reply reply = http.get(scim.path() + "/Users?filter=" + encode(filter), scim.token());
        assertEquals(200, reply.status(), filter + " -> " + reply.body());
        List<String> ids = new ArrayList<>();
        reply.json().path("Resources").forEach(u -> ids.add(u.path("id").asText()));
        return ids;
    }

    @Test
    void usersShowTheirGroupsAndLeaveThemWhenDeleted() {
        String alice = user("alice");
        String bob = user("bob");
        String one = group("One", alice, bob);
        group("Two", alice);

        JsonNode scimUser = http.get(scim.path() + "/Users/" + encode(alice), scim.token()).json();
        assertEquals(2, scimUser.path("groups").size(), scimUser.toString());
        assertEquals("One", scimUser.path("groups").get(0).path("display").asText());
        assertEquals(one, scimUser.path("groups").get(0).path("value").asText());
        assertEquals(http.base() + scim.path() + "/Groups/" + one, scimUser.path("groups").get(0).path("$ref").asText());
        String filter = encode("userName eq \"alice@example.com\"");
        JsonNode listed = http.get(scim.path() + "/Users?filter=" + filter, scim.token()).json().path("Resources");
        assertEquals(1, listed.size(), listed.toString());
        assertEquals(List.of("One", "Two"), displays(listed.get(0).path("groups")), "a list shows each user's groups");
        Reply patched = http.send("PATCH", scim.path() + "/Users/" + encode(alice), scim.token(), "{\"schemas\":[\""
                + PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"name.givenName\",\"value\":\"A\"}]}",
                "application/scim+json");
        assertEquals(200, patched.status(), patched.body());
        assertEquals(List.of("One", "Two"), displays(patched.json().path("groups")), "a written user keeps its groups");
        JsonNode profile = http.get("/api/v2/users/" + encode(alice), ADMIN).json();
        assertEquals(one, profile.path("groups").get(0).path("group_id").asText());
        assertEquals(2, http.get("/api/v2/users/" + encode(alice) + "/groups", ADMIN).json().size());

        assertEquals(204, http.delete(scim.path() + "/Users/" + encode(alice), scim.token()).status());
        JsonNode after = get(one);
        assertEquals(Set.of(bob), memberIds(after));
        assertEquals("W/\"2\"", after.path("meta").path("version").asText());
    }

    @Test
    void managementApiReadsGroupsAndPagesMembers() {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            users.add(user("p" + i));
        }
        String id = group("Managed", users.toArray(String[]::new));

        JsonNode list = http.get("/api/v2/groups?connection_id=" + scim.connectionId(), ADMIN).json();
        assertEquals(1, list.size(), list.toString());
        assertEquals(id, list.get(0).path("id").asText());
        assertEquals(3, list.get(0).path("members_count").asInt());
        JsonNode one = http.get("/api/v2/groups/" + id, ADMIN).json();
        assertEquals("Managed", one.path("display_name").asText());
        assertEquals(scim.connectionId(), one.path("connection_id").asText());

        JsonNode first = http.get("/api/v2/groups/" + id + "/members?take=2", ADMIN).json();
        assertEquals(2, first.path("members").size());
        assertEquals(3, first.path("total").asInt());
        JsonNode second = http.get("/api/v2/groups/" + id + "/members?take=2&from="
                + encode(first.path("next").asText()), ADMIN).json();
        assertEquals(1, second.path("members").size());
        assertNull(second.get("next"));
        Set<String> seen = new HashSet<>();
        first.path("members").forEach(m -> seen.add(m.path("user_id").asText()));
        second.path("members").forEach(m -> seen.add(m.path("user_id").asText()));
        assertEquals(Set.copyOf(users), seen);
        assertEquals(404, http.get("/api/v2/groups/grp_0000000000000000", ADMIN).status());
    }

    @Test
    void groupScopesAreEnforced() {
        ScimEndpoint limited = ScimEndpoint.create(http, "okta", "get:users");
        assertEquals(403, http.get(limited.path() + "/Groups", limited.token()).status());
        String readOnly = limited.issueToken("get:groups");
        assertEquals(200, http.get(limited.path() + "/Groups", readOnly).status());
        assertEquals(403, http.post(limited.path() + "/Groups", readOnly, "{\"displayName\":\"x\"}").status());
        assertEquals(401, http.get(limited.path() + "/Groups", scim.token()).status(), "another connection's token");
    }

    @Test
    void discoveryDescribesGroups() {
        JsonNode types = http.get(scim.path() + "/ResourceTypes", scim.token()).json();
        Set<String> names = new HashSet<>();
        types.path("Resources").forEach(t -> names.add(t.path("name").asText()));
        assertEquals(Set.of("User", "Group", "Role"), names, "Roles for IdPs that import them (SPEC §12)");
        JsonNode schema = http.get(scim.path() + "/Schemas/urn:ietf:params:scim:schemas:core:2.0:Group",
                scim.token()).json();
        assertEquals("Group", schema.path("name").asText());
    }
}
