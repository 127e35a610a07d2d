package dev.inboundscim.domain.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import org.junit.jupiter.api.Test;

class LoginProfilesTest {

    private static final ScimObject CLAIMS = ScimObject.builder()
            .put("sub", "00u1")
            .put("iss", "https://idp.example.com")
            .put("aud", "client")
            .put("nonce", "n-1")
            .put("iat", ScimNumber.of(1))
            .put("email", "ada@example.com")
            .put("given_name", "Ada")
            .put("preferred_username", "ada@example.com")
            .put("blocked", ScimBoolean.TRUE)
            .put("app_metadata", ScimObject.builder().put("admin", ScimBoolean.TRUE).build())
            .put("user_id", "impersonated")
            .put("Weird-Name", "x")
            .build();

    @Test
    void onlyRootProfileAttributesAreTakenFromClaims() {
        assertEquals(ScimObject.builder().put("email", "ada@example.com").put("given_name", "Ada")
                .put("preferred_username", "ada@example.com").build(), LoginProfiles.rootClaims(CLAIMS));
    }

    @Test
    void aNewProfileKeepsTheSubjectWhereTheMappingKeepsTheUserIdAttribute() {
        ScimObject profile = LoginProfiles.newProfile(CLAIMS, DefaultMappings.forStrategy(Strategy.OKTA));

        assertEquals(new ScimString("00u1"), ((ScimObject) profile.get("app_metadata").orElseThrow())
                .get("external_id").orElseThrow());
        assertEquals(new ScimString("Ada"), profile.get("given_name").orElseThrow());
        assertEquals(false, profile.get("blocked").isPresent());
    }

    @Test
    void syncOverwritesRootAttributesAndNeverMetadata() {
        ScimObject profile = ScimObject.builder().put("given_name", "Old").put("family_name", "Kept")
                .put("app_metadata", ScimObject.builder().put("external_id", "00u1").build()).build();

        ScimObject synced = LoginProfiles.synced(profile, CLAIMS);

        assertEquals(ScimObject.builder().put("external_id", "00u1").build(), synced.get("app_metadata")
                .orElseThrow());
        assertEquals(profile.get("family_name"), synced.get("family_name"));
        assertEquals(CLAIMS.get("given_name"), synced.get("given_name"));
    }

    @Test
    void theSubjectIsRequired() {
        assertThrows(BadRequestException.class, () -> LoginProfiles.subject(ScimObject.EMPTY));
        assertThrows(BadRequestException.class, () -> LoginProfiles.subject(ScimObject.builder().put("sub", " ")
                .build()));
        assertThrows(BadRequestException.class, () -> LoginProfiles.subject(ScimObject.builder()
                .put("sub", ScimNumber.of(5)).build()));
    }
}
