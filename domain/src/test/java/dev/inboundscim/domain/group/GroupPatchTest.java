package dev.inboundscim.domain.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.scim.patch.PatchRequest;
import dev.inboundscim.domain.scim.value.JsonText;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.UserId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupPatchTest {

    private static final GroupId ID = new GroupId("grp_ABCDEFGHIJKLMNOP");
    private static final UserId A = new UserId("okta|acme|a");
    private static final UserId B = new UserId("okta|acme|b");
    private static final UserId C = new UserId("okta|acme|c");

    private static GroupEdit interpret(String operations) {
        ScimObject body = object("{\"schemas\":[\"" + PatchRequest.SCHEMA
                + "\"],\"Operations\":" + operations + "}");
        return GroupPatch.interpret(PatchRequest.parse(body), ID);
    }

    private static ScimType failure(String operations) {
        return assertThrows(BadRequestException.class, () -> interpret(operations)).scimType().orElseThrow();
    }

    @Test
    void addsOneOrManyMembersInEveryShape() {
        GroupEdit edit = interpret("""
                [{"op":"add","path":"members","value":[{"value":"okta|acme|a","display":"A"}]},
                 {"op":"Add","path":"members","value":[{"$ref":null,"value":"okta|acme|b"}]},
                 {"op":"add","path":"members","value":"okta|acme|c"}]""");
        assertEquals(new MembershipChange(false, Set.of(A, B, C), Set.of()), edit.members());
        assertNull(edit.displayName());
        assertFalse(edit.externalIdChanged());
    }

    @Test
    void removesByFilterByValueArrayAndAll() {
        assertEquals(new MembershipChange(false, Set.of(), Set.of(A, B)), interpret("""
                [{"op":"remove","path":"members[value eq \\"okta|acme|a\\" or value eq \\"okta|acme|b\\"]"}]""")
                .members());
        assertEquals(new MembershipChange(false, Set.of(), Set.of(C)), interpret("""
                [{"op":"Remove","path":"members","value":[{"value":"okta|acme|c"}]}]""").members());
        assertEquals(MembershipChange.replaceWith(Set.of()), interpret("""
                [{"op":"remove","path":"members"}]""").members());
    }

    @Test
    void theLastWordAboutAMemberWinsAndAReplacementResets() {
        assertEquals(new MembershipChange(false, Set.of(B), Set.of(A)), interpret("""
                [{"op":"add","path":"members","value":["okta|acme|a","okta|acme|b"]},
                 {"op":"remove","path":"members[value eq \\"okta|acme|a\\"]"}]""").members());
        assertEquals(MembershipChange.replaceWith(Set.of(B, C)), interpret("""
                [{"op":"remove","path":"members[value eq \\"okta|acme|a\\"]"},
                 {"op":"replace","path":"members","value":[{"value":"okta|acme|a"},{"value":"okta|acme|b"}]},
                 {"op":"remove","path":"members[value eq \\"okta|acme|a\\"]"},
                 {"op":"add","path":"members","value":"okta|acme|c"}]""").members());
    }

    @Test
    void renamesWithOrWithoutAPathAndIgnoresTheUnchangedId() {
        GroupEdit okta = interpret("""
                [{"op":"replace","value":{"id":"grp_ABCDEFGHIJKLMNOP","displayName":"New name"}}]""");
        assertEquals("New name", okta.displayName());
        assertTrue(okta.members().isEmpty());
        assertEquals("Other", interpret("""
                [{"op":"Replace","path":"urn:ietf:params:scim:schemas:core:2.0:Group:displayName","value":"Other"}]""")
                .displayName());
        assertEquals(ScimType.MUTABILITY, failure("""
                [{"op":"replace","value":{"id":"grp_0000000000000000"}}]"""));
    }

    @Test
    void setsAndClearsTheExternalId() {
        GroupEdit set = interpret("[{\"op\":\"replace\",\"path\":\"externalId\",\"value\":\"ext-9\"}]");
        assertTrue(set.externalIdChanged());
        assertEquals("ext-9", set.externalId());
        GroupEdit cleared = interpret("[{\"op\":\"remove\",\"path\":\"externalId\"}]");
        assertTrue(cleared.externalIdChanged());
        assertNull(cleared.externalId());
    }

    @Test
    void refusesWhatAGroupCannotTake() {
        assertEquals(ScimType.MUTABILITY, failure("[{\"op\":\"remove\",\"path\":\"displayName\"}]"));
        assertEquals(ScimType.INVALID_VALUE, failure("[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"\"}]"));
        assertEquals(ScimType.INVALID_VALUE, failure("[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":7}]"));
        assertEquals(ScimType.INVALID_PATH, failure("[{\"op\":\"add\",\"path\":\"owner\",\"value\":\"x\"}]"));
        assertEquals(ScimType.INVALID_PATH, failure("[{\"op\":\"replace\",\"value\":{\"owner\":\"x\"}}]"));
        assertEquals(ScimType.INVALID_PATH, failure("""
                [{"op":"replace","path":"members[value eq \\"okta|acme|a\\"].display","value":"x"}]"""));
        assertEquals(ScimType.INVALID_FILTER, failure("""
                [{"op":"remove","path":"members[display eq \\"A\\"]"}]"""));
        assertEquals(ScimType.INVALID_VALUE, failure("""
                [{"op":"add","path":"members","value":[{"value":"grp_x","type":"Group"}]}]"""));
        assertEquals(ScimType.INVALID_VALUE, failure("[{\"op\":\"add\",\"path\":\"members\",\"value\":[{}]}]"));
        assertEquals(ScimType.INVALID_VALUE, failure("[{\"op\":\"add\",\"path\":\"members\",\"value\":[\"\"]}]"));
        assertEquals(ScimType.INVALID_VALUE, failure("[{\"op\":\"add\",\"path\":\"members\",\"value\":42}]"));
    }

    @Test
    void ignoresServerAssignedMembersOfANoPathValue() {
        GroupEdit edit = interpret("""
                [{"op":"replace","value":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],
                  "meta":{"version":"W/\\"3\\""},"displayName":"Kept"}}]""");
        assertEquals(Optional.of("Kept"), Optional.ofNullable(edit.displayName()));
    }

    private static ScimObject object(String json) {
        return (ScimObject) JsonText.parse(json).orElseThrow();
    }
}
