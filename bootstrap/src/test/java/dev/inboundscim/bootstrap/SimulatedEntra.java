package dev.inboundscim.bootstrap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A simulated Microsoft Entra tenant for Workload Identity Federation (SPEC §9, RFC 7523): an RSA and an EC key
 * published on a JWKS endpoint on loopback ({@code http://127.0.0.1:<port>/keys}, which the server accepts over http),
 * and assertions shaped like Entra's, signed with them and posted to a connection's token endpoint as Entra posts them.
 */
final class SimulatedEntra implements AutoCloseable {

    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final String tenant = UUID.randomUUID().toString();
    private final RSAKey rsa;
    private final ECKey ec;
    private final HttpServer server;
    /** What the JWKS endpoint answers: the keys, "hang" (after ten seconds) or anything else as it is. */
    private final AtomicReference<String> jwks = new AtomicReference<>();
    private final AtomicInteger jwksRequests = new AtomicInteger();

    private SimulatedEntra(RSAKey rsa, ECKey ec, HttpServer server) {
        this.rsa = rsa;
        this.ec = ec;
        this.server = server;
        jwks.set(new JWKSet(List.of(rsa.toPublicJWK(), ec.toPublicJWK())).toString());
        server.createContext("/keys", exchange -> {
            jwksRequests.incrementAndGet();
            String answer = jwks.get();
            if (answer.equals("hang")) {
                sleep(Duration.ofSeconds(10));
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (IOException closed) {
                // The server gave up waiting: nothing to answer.
            }
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** A tenant with fresh keys ({@code rsa-1}, {@code ec-1}) and its JWKS endpoint listening. */
    static SimulatedEntra start() {
        try {
            return new SimulatedEntra(new RSAKeyGenerator(2048).keyID("rsa-1").generate(),
                    new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate(),
                    HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String tenant() {
        return tenant;
    }

    /** The assertions' {@code iss}, as Entra's: {@code https://login.microsoftonline.com/<tenant id>/v2.0}. */
    String issuer() {
        return "https://login.microsoftonline.com/" + tenant + "/v2.0";
    }

    /** The JWKS endpoint's URL. */
    String jwksUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/keys";
    }

    RSAKey rsa() {
        return rsa;
    }

    ECKey ec() {
        return ec;
    }

    /** Makes the JWKS endpoint answer {@code answer} ("hang" to wait ten seconds first); what it answered before. */
    String publish(String answer) {
        return jwks.getAndSet(answer);
    }

    /** How many times the JWKS endpoint was asked. */
    int jwksRequests() {
        return jwksRequests.get();
    }

    /** Claims as Entra's tokens carry them for a service principal, valid ten minutes; {@code change} breaks one. */
    JWTClaimsSet claims(String subject, String audience, Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).subject(subject).audience(audience)
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10)))).jwtID(UUID.randomUUID().toString())
                .claim("tid", tenant).claim("oid", subject);
        change.accept(claims);
        return claims.build();
    }

    static String signed(JWSAlgorithm algorithm, String keyId, JWSSigner signer, JWTClaimsSet claims)
            throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).type(JOSEObjectType.JWT).build(),
                claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    /** The claims signed with RS256 by the published RSA key. */
    String rs256(JWTClaimsSet claims) throws JOSEException {
        return signed(JWSAlgorithm.RS256, rsa.getKeyID(), new RSASSASigner(rsa), claims);
    }

    /** A fresh, valid assertion for the service principal {@code subject} (a new {@code jti} each time). */
    String assertion(String subject, String audience) throws JOSEException {
        return rs256(claims(subject, audience, c -> { }));
    }

    /** What the connection's token endpoint answers the assertion, posted as Entra posts it (a form body). */
    static Reply exchange(HttpClientSupport http, ScimEndpoint scim, String assertion) {
        return OAuthClientCredentialsSuite.tokenRequest(http, scim, OAuthClientCredentialsSuite.form(
                "grant_type", "client_credentials", "client_assertion_type", JWT_BEARER,
                "client_assertion", assertion));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
