package dev.inboundscim.domain.mapping;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.Set;

/**
 * What a login's identity-provider claims do to a profile (SPEC §5): a new user is created from them just in time,
 * and with {@code sync_user_profile_at_login} they overwrite root attributes. Only root attributes are ever taken:
 * never {@code app_metadata} or {@code user_metadata}, never a name the server owns, never {@code blocked}, and never
 * the protocol's own claims ({@code iss}, {@code aud}, {@code nonce}, …).
 */
public final class LoginProfiles {

    private static final Set<String> PROTOCOL_CLAIMS = Set.of("iss", "sub", "aud", "exp", "iat", "nbf", "jti",
            "nonce", "at_hash", "c_hash", "s_hash", "auth_time", "azp", "sid", "acr", "amr", "events",
            ProfilePath.BLOCKED);

    private LoginProfiles() {
    }

    /** The claims that may land on a profile, as root attributes. */
    public static ScimObject rootClaims(ScimObject claims) {
        ScimObject.Builder roots = ScimObject.builder();
        claims.fields().forEach((name, value) -> {
            if (!PROTOCOL_CLAIMS.contains(name) && isRootAttribute(name)) {
                roots.put(name, value);
            }
        });
        return roots.build();
    }

    /** {@code claims.sub}, which must be a non-empty string. */
    public static String subject(ScimObject claims) {
        if (claims.get("sub").orElse(null) instanceof ScimString sub && !sub.value().isBlank()) {
            return sub.value();
        }
        throw BadRequestException.invalidValue("claims.sub is required and must be a non-empty string");
    }

    /** A new user's profile: the root claims, and {@code sub} where the mapping keeps the user id attribute. */
    public static ScimObject newProfile(ScimObject claims, AttributeMapping mapping) {
        ProfilePath idPath = mapping.pairs().stream().filter(p -> p.scim().equals(mapping.userIdAttribute()))
                .findFirst().orElseThrow().auth0();
        ScimObject profile = ProfileTree.set(ScimObject.EMPTY, idPath, new ScimString(subject(claims)));
        return synced(profile, claims);
    }

    /** {@code profile} with the root claims written over its root attributes. */
    public static ScimObject synced(ScimObject profile, ScimObject claims) {
        ScimObject result = profile;
        for (var claim : rootClaims(claims).fields().entrySet()) {
            ScimValue value = claim.getValue();
            result = result.with(claim.getKey(), value);
        }
        return result;
    }

    private static boolean isRootAttribute(String name) {
        try {
            return ProfilePath.parse(name).segments().size() == 1;
        } catch (BadRequestException e) {
            return false;
        }
    }
}
