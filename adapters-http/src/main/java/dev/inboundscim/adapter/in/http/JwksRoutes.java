package dev.inboundscim.adapter.in.http;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.application.port.in.signing.PublishedKeysUseCase;
import dev.inboundscim.domain.signing.SigningKey;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Map;

/**
 * {@code /.well-known/jwks.json}: the public keys that verify this server's logout tokens (current and previous),
 * unauthenticated as relying parties expect.
 */
public final class JwksRoutes implements HttpService {

    private final PublishedKeysUseCase keys;
    private final JsonCodec json;

    public JwksRoutes(PublishedKeysUseCase keys, JsonCodec json) {
        this.keys = keys;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/jwks.json", this::jwks);
    }

    private void jwks(ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.CONTENT_TYPE, "application/json");
        // Short caching: a rotation's new key shows up within a minute for clients that honour it.
        response.header(HeaderNames.CACHE_CONTROL, "public, max-age=60");
        response.send(json.write(jwks(keys.published())));
    }

    /** The public halves of {@code keys} as a JWK Set document, in the RS256 form the logout tokens are signed in. */
    private static Map<String, Object> jwks(List<SigningKey> keys) {
        return new JWKSet(keys.stream().map(key -> (JWK) new RSAKey.Builder(key.rsaPublicKey())
                .keyID(key.kid()).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build()).toList())
                .toJSONObject(true);
    }
}
