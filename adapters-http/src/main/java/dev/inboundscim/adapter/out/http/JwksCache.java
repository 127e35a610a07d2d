package dev.inboundscim.adapter.out.http;

import com.nimbusds.jose.jwk.JWKSet;
import dev.inboundscim.domain.oauth.FederatedCredential;
import dev.inboundscim.domain.oauth.OAuthException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public keys of each federated credential's JWKS (SPEC §9): fetched with a timeout and a size cap, kept for
 * {@link #FRESH}, and fetched again at once when an assertion names a key id the kept set lacks (the IdP rotated its
 * keys). After a failed fetch, or such a refresh, the next one waits {@link #RETRY}, so a hanging or hostile JWKS
 * endpoint, or a flood of assertions with invented key ids, costs at most one request a minute per credential.
 */
public final class JwksCache {

    static final Duration FRESH = Duration.ofMinutes(10);
    static final Duration RETRY = Duration.ofMinutes(1);
    private static final int MAX_BYTES = 64 * 1024;
    private static final Logger LOG = System.getLogger(JwksCache.class.getName());

    private final HttpClient client;
    private final Duration timeout;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** One fetch at a time per credential; a hanging endpoint holds up only its own credential's requests. */
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public JwksCache(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * What is kept for one credential: its keys (none after a first fetch failed), when they were fetched, and before
     * when no fetch may be tried again (null: any time).
     */
    record Entry(JWKSet keys, Instant fetchedAt, Instant retryNotBefore) {
    }

    /** The credential's keys, fetched or refreshed as the policy allows; a failure with nothing kept is 401. */
    JWKSet keys(FederatedCredential credential, String keyId, Instant now) {
        String id = credential.id().value();
        Entry kept = entries.get(id);
        boolean known = kept != null && kept.keys() != null
                && (keyId == null || kept.keys().getKeyByKeyId(keyId) != null);
        boolean fresh = kept != null && kept.fetchedAt() != null && kept.fetchedAt().plus(FRESH).isAfter(now);
        if (known && fresh) {
            return kept.keys();
        }
        if (kept != null && kept.retryNotBefore() != null && now.isBefore(kept.retryNotBefore())) {
            return orRefuse(kept);
        }
        boolean forUnknownKey = fresh && !known;
        synchronized (locks.computeIfAbsent(id, k -> new Object())) {
            Entry again = entries.get(id);
            if (again != null && again != kept) {
                return orRefuse(again);
            }
            try {
                JWKSet fetched = fetch(credential);
                entries.put(id, new Entry(fetched, now, forUnknownKey ? now.plus(RETRY) : null));
                return fetched;
            } catch (IOException | ParseException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot read the JWKS of federated credential " + id + " at "
                        + credential.jwksUri() + ": " + e.getClass().getSimpleName());
                Entry failed = new Entry(kept == null ? null : kept.keys(), kept == null ? null : kept.fetchedAt(),
                        now.plus(RETRY));
                entries.put(id, failed);
                return orRefuse(failed);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw OAuthException.invalidClient();
            }
        }
    }

    private static JWKSet orRefuse(Entry entry) {
        if (entry.keys() == null) {
            throw OAuthException.invalidClient();
        }
        return entry.keys();
    }

    private JWKSet fetch(FederatedCredential credential) throws IOException, InterruptedException, ParseException {
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(credential.jwksUri()).timeout(timeout)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("status " + response.statusCode());
            }
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException("more than " + MAX_BYTES + " bytes");
            }
            // Only public keys are ever used, whatever the document holds.
            return JWKSet.parse(new String(bytes, StandardCharsets.UTF_8)).toPublicJWKSet();
        }
    }
}
