package dev.inboundscim.domain.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-place profile edits of a SCIM replace: one copy in, one frozen object out, the input untouched. */
class ProfileDraftTest {

    private static final ScimObject PROFILE = ScimObject.builder()
            .put("email", "a@x.com")
            .put("app_metadata", ScimObject.builder().put("title", "CEO").put("level", ScimNumber.of(3)).build())
            .put("nickname", "al")
            .build();

    private static ProfilePath path(String text) {
        return ProfilePath.parse(text);
    }

    @Test
    void removalsKeepEmptiedMetadataObjectsAndIgnoreMissingPaths() {
        ProfileTree.Draft draft = new ProfileTree.Draft(PROFILE);
        draft.remove(path("app_metadata.title"));
        draft.remove(path("app_metadata.level"));
        draft.remove(path("user_metadata.missing"));
        draft.remove(path("nickname"));
        assertEquals(ScimObject.builder().put("email", "a@x.com").put("app_metadata", ScimObject.EMPTY).build(),
                draft.build());
    }

    @Test
    void setsReplaceInPlaceAppendNewFieldsAndCreateParents() {
        ProfileTree.Draft draft = new ProfileTree.Draft(PROFILE);
        draft.set(path("app_metadata.title"), ScimValue.of("CTO"));
        draft.set(path("user_metadata.team"), ScimValue.of("core"));
        ScimObject built = draft.build();
        assertEquals(List.of("email", "app_metadata", "nickname", "user_metadata"),
                List.copyOf(built.fields().keySet()));
        assertEquals(List.of("title", "level"),
                List.copyOf(((ScimObject) built.get("app_metadata").orElseThrow()).fields().keySet()));
        assertEquals(ScimValue.of("CTO"), ProfileTree.get(built, path("app_metadata.title")).orElseThrow());
        assertEquals(ScimValue.of("core"), ProfileTree.get(built, path("user_metadata.team")).orElseThrow());
    }

    @Test
    void aSetThroughANonObjectReplacesItAsProfileTreeSetDoes() {
        ScimObject odd = ScimObject.builder().put("user_metadata", "not an object").put("email", "a@x.com").build();
        ProfileTree.Draft draft = new ProfileTree.Draft(odd);
        draft.set(path("user_metadata.team"), ScimValue.of("core"));
        assertEquals(ProfileTree.set(odd, path("user_metadata.team"), ScimValue.of("core")), draft.build());
        assertEquals(List.of("user_metadata", "email"), List.copyOf(draft.build().fields().keySet()));
    }

    @Test
    void aRemovedThenSetFieldMovesToTheEndAndTheInputIsUntouched() {
        ScimObject before = PROFILE;
        ProfileTree.Draft draft = new ProfileTree.Draft(PROFILE);
        draft.remove(path("email"));
        draft.set(path("email"), ScimValue.of("b@x.com"));
        draft.set(path("app_metadata.level"), ScimNumber.of(4));
        ScimObject built = draft.build();
        assertEquals(List.of("app_metadata", "nickname", "email"), List.copyOf(built.fields().keySet()));
        assertEquals(before, PROFILE);
        assertEquals(ScimNumber.of(3), ProfileTree.get(PROFILE, path("app_metadata.level")).orElseThrow());
        assertEquals(ScimNumber.of(4), ProfileTree.get(built, path("app_metadata.level")).orElseThrow());
    }
}
