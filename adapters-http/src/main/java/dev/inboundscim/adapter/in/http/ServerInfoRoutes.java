package dev.inboundscim.adapter.in.http;

import dev.inboundscim.adapter.in.http.json.JsonCodec;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /observe/info} (SPEC §7.3): which build runs, on which store, since when; unauthenticated like the other
 * observe endpoints, and holding nothing secret.
 */
public final class ServerInfoRoutes implements HttpService {

    private final byte[] document;

    /** {@code store} is the kind of store ({@code postgres}, {@code mongo}, {@code embedded-postgres}). */
    public ServerInfoRoutes(String version, String commit, String store, Instant startedAt, JsonCodec json) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("version", version);
        info.put("commit", commit);
        info.put("store", store);
        info.put("started_at", startedAt.toString());
        this.document = json.write(info);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::info);
    }

    private void info(ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.CONTENT_TYPE, "application/json");
        response.send(document);
    }
}
