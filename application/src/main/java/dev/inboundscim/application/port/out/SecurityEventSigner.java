package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.signing.SigningKey;

/** Signs Security Event Tokens (RFC 8417) with a maintained JOSE library: RS256, {@code typ: secevent+jwt}. */
public interface SecurityEventSigner {

    /** The compact JWS of {@code claims} signed with {@code key}, its {@code kid} in the header. */
    String sign(SigningKey key, ScimObject claims);
}
