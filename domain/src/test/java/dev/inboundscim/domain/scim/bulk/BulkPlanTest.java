package dev.inboundscim.domain.scim.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.PayloadTooLargeException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.scim.bulk.BulkPlan.Step;
import dev.inboundscim.domain.scim.value.JsonText;
import dev.inboundscim.domain.scim.value.ScimObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing bulk requests, and the order and resolution of their {@code bulkId} references (RFC 7644 §3.7). */
class BulkPlanTest {

    private static BulkRequest parse(String operations) {
        return BulkRequest.parse((ScimObject) JsonText.parse("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],"Operations":%s}"""
                .formatted(operations)).orElseThrow(), 100);
    }

    private static String post(String endpoint, String bulkId, String data) {
        return "{\"method\":\"POST\",\"path\":\"/" + endpoint + "\",\"bulkId\":\"" + bulkId + "\",\"data\":" + data
                + "}";
    }

    private static String group(String bulkId, String... members) {
        List<String> list = new ArrayList<>();
        for (String member : members) {
            list.add("{\"value\":\"" + member + "\"}");
        }
        return post("Groups", bulkId, "{\"displayName\":\"" + bulkId + "\",\"members\":[" + String.join(",", list)
                + "]}");
    }

    private static String user(String bulkId, String manager) {
        return post("Users", bulkId, "{\"userName\":\"" + bulkId + "\""
                + (manager == null ? "" : ",\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":"
                + "{\"manager\":{\"value\":\"" + manager + "\"}}") + "}");
    }

    /** Runs the plan, letting each POST succeed unless {@code fails} says otherwise; the steps as text. */
    private static List<String> steps(BulkRequest request, Predicate<BulkOperation> fails) {
        BulkPlan plan = BulkPlan.of(request);
        List<String> steps = new ArrayList<>();
        for (Optional<Step> next = plan.next(); next.isPresent(); next = plan.next()) {
            BulkOperation operation = next.get().operation();
            switch (next.get()) {
                case Step.Run run -> {
                    if (fails.test(operation)) {
                        plan.failed(operation);
                        steps.add("fail " + operation.index());
                    } else {
                        plan.created(operation, "id" + operation.index());
                        steps.add("run " + operation.index() + resolved(operation, plan.ids()));
                    }
                }
                case Step.Unresolvable u -> {
                    plan.failed(operation);
                    steps.add("unresolvable " + operation.index() + " " + u.bulkId());
                }
                case Step.Circular c -> {
                    plan.failed(operation);
                    steps.add("circular " + operation.index());
                }
            }
        }
        return steps;
    }

    private static String resolved(BulkOperation operation, Map<String, String> ids) {
        ScimObject data = BulkIds.resolve(operation.data(), ids);
        String members = data.getIgnoreCase("members").map(Object::toString).orElse("");
        return members.isEmpty() || members.equals("ScimArray[values=[]]") ? "" : " " + data.fields().get("members");
    }

    @Test
    void runsInRequestOrderWhenNothingRefersAhead() {
        assertEquals(List.of("run 0", "run 1"), steps(parse("[" + user("a", null) + "," + user("b", null) + "]"),
                op -> false));
    }

    @Test
    void aGroupListingUsersCreatedFurtherDownWaitsForThemAndGetsTheirIds() {
        List<String> steps = steps(parse("[" + group("g", "bulkId:u1", "bulkId:u2") + "," + user("u1", null) + ","
                + user("u2", null) + "]"), op -> false);
        assertEquals(3, steps.size(), steps.toString());
        assertEquals("run 1", steps.get(0));
        assertEquals("run 2", steps.get(1));
        assertEquals(true, steps.get(2).startsWith("run 0 "), steps.toString());
        assertEquals(true, steps.get(2).contains("id1") && steps.get(2).contains("id2"), steps.get(2));
    }

    @Test
    void aPathReferenceWaitsForItsPost() {
        BulkRequest request = parse("[{\"method\":\"DELETE\",\"path\":\"/Users/bulkId:u\"}," + user("u", null)
                + "]");
        assertEquals(Set.of("u"), BulkIds.referencedBy(request.operations().getFirst()));
        assertEquals(List.of("run 1", "run 0"), steps(request, op -> false));
    }

    @Test
    void aReferenceNoPostDefinesIsUnresolvable() {
        assertEquals(List.of("unresolvable 0 nobody", "run 1"),
                steps(parse("[" + group("g", "bulkId:nobody") + "," + user("u", null) + "]"), op -> false));
    }

    @Test
    void aReferenceToAFailedPostIsUnresolvableAndTheFailureSpreadsToWhatDependsOnIt() {
        List<String> steps = steps(parse("[" + user("u", null) + "," + group("g", "bulkId:u") + ","
                + "{\"method\":\"PATCH\",\"path\":\"/Groups/bulkId:g\",\"data\":{\"Operations\":[]}}]"),
                op -> op.index() == 0);
        assertEquals(List.of("fail 0", "unresolvable 1 u", "unresolvable 2 g"), steps);
    }

    @Test
    void theFirstOfOperationsWaitingOnEachOtherIsCircularAndWhatWaitsOnItFailsWithIt() {
        List<String> steps = steps(parse("[" + user("a", "bulkId:b") + "," + user("b", "bulkId:a") + ","
                + group("g", "bulkId:a") + "," + user("c", null) + "]"), op -> false);
        assertEquals(List.of("run 3", "circular 0", "unresolvable 1 a", "unresolvable 2 a"), steps);
    }

    /** RFC 7644 §3.7.1: a cycle broken by creating its first POST lets the rest run with that POST's id. */
    @Test
    void aCycleBrokenByItsFirstPostLetsTheOthersRun() {
        BulkPlan plan = BulkPlan.of(parse("[" + user("a", "bulkId:b") + "," + user("b", "bulkId:a") + ","
                + group("g", "bulkId:a") + "]"));
        Step first = plan.next().orElseThrow();
        assertEquals(true, first instanceof Step.Circular, first.toString());
        assertEquals(0, first.operation().index());
        ScimObject broken = BulkIds.withoutUnresolved(first.operation().data(), plan.ids());
        assertEquals(ScimObject.builder().put("userName", "a")
                .put("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", ScimObject.EMPTY).build(), broken,
                "the manager goes, the rest stays");
        plan.created(first.operation(), "id-a");
        Step second = plan.next().orElseThrow();
        assertEquals(true, second instanceof Step.Run && second.operation().index() == 1, second.toString());
        plan.created(second.operation(), "id-b");
        Step third = plan.next().orElseThrow();
        assertEquals(true, third instanceof Step.Run && third.operation().index() == 2, third.toString());
        assertEquals(true, BulkIds.referencesIn(BulkIds.resolve(first.operation().data(), plan.ids())).isEmpty(),
                "completed with every reference resolved");
    }

    @Test
    void anOperationReferringToItsOwnBulkIdIsCircular() {
        assertEquals(List.of("circular 0"), steps(parse("[" + group("g", "bulkId:g") + "]"), op -> false));
    }

    @Test
    void parsesEachOperationAsTheSingleRequestItStandsFor() {
        BulkRequest request = BulkRequest.parse((ScimObject) JsonText.parse("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],"failOnErrors":2,"Operations":[
                 {"method":"patch","path":"/users/okta%7Cacme%7Cbob","version":"W/\\"3\\"","data":{"Operations":[]}},
                 {"method":"DELETE","path":"Groups/grp_1"}]}""").orElseThrow(), 2);
        assertEquals(2, request.failOnErrors());
        BulkOperation patch = request.operations().getFirst();
        assertEquals(BulkMethod.PATCH, patch.method());
        assertEquals(BulkResource.USERS, patch.resource());
        assertEquals("okta|acme|bob", patch.resourceId());
        assertEquals("W/\"3\"", patch.version());
        assertEquals("patch:users", patch.scope().wireName());
        BulkOperation delete = request.operations().get(1);
        assertEquals("/Groups/grp_1", delete.path());
        assertEquals("delete:groups", delete.scope().wireName());
        assertEquals(ScimObject.EMPTY, delete.data());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"Operations\":{}}|invalidSyntax",
        "{\"schemas\":[\"urn:other\"],\"Operations\":[]}|invalidSyntax",
        "{\"failOnErrors\":0,\"Operations\":[]}|invalidSyntax",
        "{\"failOnErrors\":1.5,\"Operations\":[]}|invalidSyntax",
        "{\"Operations\":[{\"path\":\"/Users\",\"bulkId\":\"a\",\"data\":{}}]}|invalidSyntax",
        "{\"Operations\":[{\"method\":\"GET\",\"path\":\"/Users/x\"}]}|invalidSyntax",
        "{\"Operations\":[{\"method\":\"DELETE\"}]}|invalidSyntax",
        "{\"Operations\":[{\"method\":\"POST\",\"path\":\"/Users\",\"data\":{}}]}|invalidSyntax",
        "{\"Operations\":[{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"a\"}]}|invalidSyntax",
        "{\"Operations\":[{\"method\":\"PUT\",\"path\":\"/Users/x\",\"data\":[]}]}|invalidSyntax",
        "{\"Operations\":[{\"method\":\"DELETE\",\"path\":\"/Roles/x\"}]}|invalidPath",
        "{\"Operations\":[{\"method\":\"DELETE\",\"path\":\"/Users\"}]}|invalidPath",
        "{\"Operations\":[{\"method\":\"POST\",\"path\":\"/Users/x\",\"bulkId\":\"a\",\"data\":{}}]}|invalidPath",
        "{\"Operations\":[{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"a\",\"data\":{}},"
                + "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"a\",\"data\":{}}]}|invalidSyntax",
    })
    void refusesAMalformedRequestWhole(String body, String scimType) {
        BadRequestException error = assertThrows(BadRequestException.class,
                () -> BulkRequest.parse((ScimObject) JsonText.parse(body).orElseThrow(), 10));
        assertEquals(scimType, error.scimType().map(ScimType::keyword).orElseThrow());
    }

    @Test
    void moreOperationsThanTheLimitIsTooLargeNamingTheLimit() {
        PayloadTooLargeException error = assertThrows(PayloadTooLargeException.class, () -> BulkRequest.parse(
                (ScimObject) JsonText.parse("{\"Operations\":[{},{},{}]}").orElseThrow(), 2));
        assertEquals("The number of operations (3) exceeds the maxOperations (2)", error.detail());
    }
}
