package dev.inboundscim.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import dev.inboundscim.adapter.in.http.openapi.OpenApiRoutes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * The Management API's OpenAPI document as the HTTP suites hold the server to it: every answer under
 * {@code /api/v2} a suite receives must be one the document describes (its status listed for the operation, its body
 * valid against the operation's schema by networknt's JSON Schema validator in the OpenAPI 3.1 dialect, with formats
 * asserted). An answer for a route the document does not have must be the API's error body.
 */
final class ManagementApiDocument {

    static final String PREFIX = "/api/v2";
    private static final String BASE = "https://inbound-scim.invalid/openapi.json";
    private static final String JSON = "application/json";
    private static final ManagementApiDocument INSTANCE = new ManagementApiDocument();

    private final JsonNode document;
    private final List<PathTemplate> paths = new ArrayList<>();
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    /** Which documented answers the suites of this JVM received: {@code METHOD template status}. */
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final LongAdder checked = new LongAdder();
    private static final String COVERAGE = "target/openapi-coverage.txt";

    private ManagementApiDocument() {
        try (InputStream in = OpenApiRoutes.class.getClassLoader().getResourceAsStream(OpenApiRoutes.RESOURCE)) {
            this.document = new ObjectMapper(new YAMLFactory()).readTree(in);
            String json = new ObjectMapper().writeValueAsString(document);
            this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder
                    .schemas(Map.of(BASE, json))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.path("paths").fieldNames().forEachRemaining(path -> paths.add(PathTemplate.of(path)));
        // The most literal template first: /keys/signing/rotate before /keys/signing/{kid}.
        paths.sort(Comparator.comparingInt(PathTemplate::parameters).thenComparing(PathTemplate::template));
        Runtime.getRuntime().addShutdownHook(new Thread(this::writeCoverage));
    }

    /**
     * Which operations and statuses this JVM's suites exercised, to {@value #COVERAGE}: the answers the document was
     * held to, so a reader sees what the validation covered and what it did not.
     */
    private void writeCoverage() {
        Set<String> exercised = new TreeSet<>();
        seen.forEach(answer -> exercised.add(answer.substring(0, answer.lastIndexOf(' '))));
        List<String> lines = new ArrayList<>();
        lines.add(checked.sum() + " Management API answers checked against the OpenAPI document; "
                + exercised.size() + " of " + operations().size() + " operations exercised");
        operations().stream().filter(operation -> !exercised.contains(operation)).sorted()
                .forEach(operation -> lines.add("not exercised: " + operation));
        new TreeSet<>(seen).forEach(answer -> lines.add("answered: " + answer));
        try {
            Files.createDirectories(Path.of(COVERAGE).getParent());
            Files.write(Path.of(COVERAGE), lines);
        } catch (IOException e) {
            System.err.println("cannot write " + COVERAGE + ": " + e.getMessage());
        }
    }

    static ManagementApiDocument get() {
        return INSTANCE;
    }

    JsonNode document() {
        return document;
    }

    /** Every operation the document lists, as {@code METHOD template} relative to {@code /api/v2}. */
    List<String> operations() {
        List<String> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
        }
        return operations;
    }

    /**
     * What is wrong with an answer to {@code method} on {@code target} (a path under {@code /api/v2} with its query),
     * or empty when the document describes it.
     */
    Optional<String> problem(String method, String target, int status, String contentType, String body) {
        checked.increment();
        String path = target.substring(PREFIX.length()).split("\\?", 2)[0];
        String where = method + " " + target + " → " + status;
        Optional<PathTemplate> template = paths.stream().filter(t -> t.matches(path)).findFirst();
        JsonNode operation = template.map(t -> document.path("paths").path(t.template())
                .path(method.toLowerCase(Locale.ROOT))).orElse(null);
        if (operation == null || operation.isMissingNode()) {
            // No such route: only an error answer (404, 405, 401 before routing …) can be right.
            return status < 400 ? Optional.of(where + ": the document has no such operation")
                    : validate(where, "#/components/schemas/Error", contentType, body);
        }
        String pointer = "/paths/" + escape(template.get().template()) + "/" + method.toLowerCase(Locale.ROOT)
                + "/responses/";
        JsonNode responses = operation.path("responses");
        String code = String.valueOf(status);
        if (!responses.has(code)) {
            code = status / 100 + "XX";
            if (!responses.has(code)) {
                return Optional.of(where + ": status " + status + " is not documented for "
                        + method + " " + template.get().template());
            }
        }
        JsonNode response = responses.path(code);
        if (response.has("$ref")) {
            pointer = response.path("$ref").asText().substring(1) + "/";
            response = document.at(pointer.substring(0, pointer.length() - 1));
            code = null;
        }
        seen.add(method + " " + template.get().template() + " " + status);
        if (!response.path("content").has(JSON)) {
            return body == null || body.isEmpty() ? Optional.empty()
                    : Optional.of(where + ": the document describes no body, the server sent " + abbreviate(body));
        }
        String schema = "#" + pointer + (code == null ? "" : code + "/") + "content/" + escape(JSON) + "/schema";
        return validate(where, schema, contentType, body);
    }

    private Optional<String> validate(String where, String schemaPointer, String contentType, String body) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(JSON)) {
            return Optional.of(where + ": Content-Type " + contentType + " where the document says " + JSON);
        }
        Schema schema = schemas.computeIfAbsent(schemaPointer,
                pointer -> registry.getSchema(SchemaLocation.of(BASE + pointer)));
        List<Error> errors = schema.validate(body, InputFormat.JSON);
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(where + ": the body does not match " + schemaPointer + ": " + errors + "\n"
                + abbreviate(body));
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String abbreviate(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
    }

    /** A documented path, whose {@code {parameters}} match one segment each. */
    record PathTemplate(String template, Pattern regex, int parameters) {
        static PathTemplate of(String template) {
            StringBuilder regex = new StringBuilder();
            int parameters = 0;
            for (String part : template.split("(?=\\{)|(?<=})")) {
                if (part.startsWith("{") && part.endsWith("}")) {
                    regex.append("[^/]+");
                    parameters++;
                } else {
                    regex.append(Pattern.quote(part));
                }
            }
            return new PathTemplate(template, Pattern.compile(regex.toString()), parameters);
        }

        boolean matches(String path) {
            return regex.matcher(path).matches();
        }
    }
}
