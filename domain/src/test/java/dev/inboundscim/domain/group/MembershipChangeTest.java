package dev.inboundscim.domain.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.value.JsonText;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.UserId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MembershipChangeTest {

    private static final UserId A = new UserId("a");
    private static final UserId B = new UserId("b");

    @Test
    void countsTheIdsItNames() {
        assertEquals(3, new MembershipChange(false, Set.of(A, B), Set.of(new UserId("c"))).size());
        assertTrue(MembershipChange.NONE.isEmpty());
        assertEquals(0, MembershipChange.replaceWith(Set.of()).size());
        assertThrows(IllegalArgumentException.class, () -> new MembershipChange(true, Set.of(), Set.of(A)));
    }

    @Test
    void removeAfterRemoveAllForgetsTheUser() {
        MembershipChange change = new MembershipChange.Builder().add(A).removeAll().add(B).remove(B).build();
        assertEquals(MembershipChange.replaceWith(Set.of()), change);
    }

    @Test
    void aResourceNeedsADisplayNameAndUserMembers() {
        GroupResource resource = GroupResource.parse(object("""
                {"displayName":"Ops","externalId":"e1","id":"ignored","members":[{"value":"a"},"b"]}"""));
        assertEquals(new GroupResource("Ops", "e1", Set.of(A, B)), resource);
        assertEquals(Set.of(), GroupResource.parse(object("{\"displayName\":\"x\"}"))
                .members());
        assertThrows(BadRequestException.class, () -> GroupResource.parse(object("{}")));
        assertThrows(BadRequestException.class, () -> GroupResource.parse(object(
                "{\"displayName\":\" \"}")));
        assertThrows(BadRequestException.class, () -> GroupResource.parse(object(
                "{\"displayName\":\"x\",\"externalId\":5}")));
        assertThrows(BadRequestException.class, () -> GroupResource.parse(object(
                "{\"displayName\":\"a\\u0000b\"}")));
    }

    private static ScimObject object(String json) {
        return (ScimObject) JsonText.parse(json).orElseThrow();
    }
}
