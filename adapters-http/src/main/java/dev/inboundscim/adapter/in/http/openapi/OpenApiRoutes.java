package dev.inboundscim.adapter.in.http.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.inboundscim.adapter.in.http.error.ManagementErrorBody;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.http.HttpMediaTypes;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /openapi} (SPEC §7.5): the OpenAPI 3.1 description of the Management API, as YAML or, with
 * {@code ?format=json} or a client that accepts only JSON, as JSON. Unauthenticated: it describes the API and holds
 * nothing secret. The document is the hand-maintained {@value #RESOURCE}; tests hold it to the registered routes and
 * validate real answers against its schemas.
 */
public final class OpenApiRoutes implements HttpService {

    /** The document on the classpath. */
    public static final String RESOURCE = "openapi/management-api.yaml";
    private static final String YAML_TYPE = "application/yaml";

    private final byte[] yaml;
    private final byte[] json;

    /** The document with {@code info.version} set to the running server's {@code version}. */
    public OpenApiRoutes(String version) {
        ObjectMapper yamlMapper = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build());
        ObjectNode document = read(yamlMapper);
        ((ObjectNode) document.path("info")).put("version", version);
        try {
            this.yaml = yamlMapper.writeValueAsBytes(document);
            this.json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the OpenAPI document", e);
        }
    }

    private static ObjectNode read(ObjectMapper yamlMapper) {
        try (InputStream in = OpenApiRoutes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            JsonNode document = yamlMapper.readTree(in);
            if (!(document instanceof ObjectNode object) || !(object.path("info") instanceof ObjectNode)) {
                throw new IllegalStateException(RESOURCE + " is not an OpenAPI document");
            }
            return object;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::document);
    }

    private void document(ServerRequest request, ServerResponse response) {
        Optional<String> format = request.query().first("format").asOptional()
                .map(value -> value.toLowerCase(Locale.ROOT));
        if (format.isPresent() && !format.get().equals("json") && !format.get().equals("yaml")) {
            response.status(400).header(HeaderNames.CONTENT_TYPE, "application/json");
            response.send(ManagementErrorBody.bytes(400, "format must be json or yaml", "invalid_query_string"));
            return;
        }
        boolean asJson = format.map("json"::equals).orElseGet(() -> prefersJson(request));
        // Short caching: the document changes only with the server's version.
        response.header(HeaderNames.CACHE_CONTROL, "public, max-age=300");
        response.header(HeaderNames.VARY, "Accept");
        response.header(HeaderNames.CONTENT_TYPE, asJson ? "application/json" : YAML_TYPE);
        response.send(asJson ? json : yaml);
    }

    /** Without {@code format}, JSON only for a client that names JSON and not YAML among the types it accepts. */
    private static boolean prefersJson(ServerRequest request) {
        boolean json = false;
        for (HttpMediaType type : request.headers().acceptedTypes()) {
            String subtype = type.mediaType().subtype().toLowerCase(Locale.ROOT);
            if (subtype.contains("yaml")) {
                return false;
            }
            json |= type.test(HttpMediaTypes.JSON_UTF_8) && !type.mediaType().isWildcardSubtype();
        }
        return json;
    }
}
