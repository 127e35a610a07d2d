package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.inboundscim.adapter.in.http.HttpSettings;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.adapter.in.http.management.ManagementApi;
import dev.inboundscim.adapter.out.postgres.TestDatabases;
import io.helidon.config.Config;
import io.helidon.webserver.http.HttpRouting;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document of SPEC §7.5: valid OpenAPI 3.1 by an independent parser, listing exactly the routes the
 * Management API registers, and served at {@code /openapi} as YAML and JSON. That real answers match its schemas is
 * checked on every answer of the HTTP suites ({@link ManagementApiDocument}).
 */
class OpenApiDocumentTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static TestServer server;
    private static HttpClientSupport http;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.postgres());
        http = server.client();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theDocumentListsExactlyTheRoutesTheManagementApiRegisters() {
        ServerSettings settings = ServerSettings.load(Config.empty(), TestServer.testEnvironment()::get);
        CoreComponents core = CoreComponents.over(TestDatabases.postgres(), settings, Clock.systemUTC());
        try {
            ManagementApi api = ManagementWiring.api(core, new JsonCodec(), new HttpSettings(null, 1 << 20));
            api.routing(HttpRouting.builder());
            Set<String> registered = new TreeSet<>(api.routes());
            Set<String> documented = new TreeSet<>(ManagementApiDocument.get().operations());

            assertTrue(registered.size() > 40, "the Management API registers its routes: " + registered);
            assertEquals(Set.of(), difference(registered, documented), "registered routes the document lacks");
            assertEquals(Set.of(), difference(documented, registered), "documented routes the server lacks");
        } finally {
            core.logs().close();
        }
    }

    @Test
    void anIndependentParserReadsTheDocumentAsOpenApi31WithoutAMessage() {
        String yaml = http.get("/openapi", null).body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);

        assertEquals(List.of(), result.getMessages());
        assertTrue(result.getOpenAPI().getOpenapi().startsWith("3.1."), result.getOpenAPI().getOpenapi());
        assertEquals(ManagementApiDocument.get().document().path("paths").size(),
                result.getOpenAPI().getPaths().size());
        Set<String> operationIds = new HashSet<>();
        result.getOpenAPI().getPaths().forEach((path, item) -> item.readOperations().forEach(operation ->
                assertTrue(operationIds.add(operation.getOperationId()), "unique: " + operation.getOperationId())));
        assertEquals(ManagementApiDocument.get().operations().size(), operationIds.size());
    }

    @Test
    void theServerServesTheDocumentAsYamlByDefaultAndAsJsonOnRequest() throws Exception {
        ObjectNode expected = ManagementApiDocument.get().document().deepCopy();
        ((ObjectNode) expected.path("info")).put("version", ServerVersion.ofBuild().version());

        HttpClientSupport.Reply yaml = http.get("/openapi", null);
        assertEquals(200, yaml.status());
        assertEquals("application/yaml", yaml.header("Content-Type"));
        assertEquals(expected, YAML.readTree(yaml.body()));

        HttpClientSupport.Reply json = http.get("/openapi?format=json", null);
        assertEquals(200, json.status());
        assertEquals("application/json", json.header("Content-Type"));
        assertEquals(expected, json.json());

        HttpClientSupport.Reply accepted = http.sendWithHeader("GET", "/openapi", null, null, "Accept",
                "application/json");
        assertEquals("application/json", accepted.header("Content-Type"));
        assertEquals(expected, accepted.json());
        HttpClientSupport.Reply either = http.sendWithHeader("GET", "/openapi", null, null, "Accept",
                "application/yaml, application/json;q=0.5");
        assertEquals("application/yaml", either.header("Content-Type"));
    }

    @Test
    void anUnknownFormatIsRefusedWithTheManagementErrorBody() {
        HttpClientSupport.Reply reply = http.get("/openapi?format=xml", null);

        assertEquals(400, reply.status());
        JsonNode body = reply.json();
        assertEquals(400, body.path("statusCode").asInt());
        assertTrue(body.path("message").asText().contains("json or yaml"), body.toString());
    }

    @Test
    void theCheckFailsAnswersTheDocumentDoesNotDescribe() {
        ManagementApiDocument document = ManagementApiDocument.get();

        assertProblem(document.problem("GET", "/api/v2/no-such-thing", 200, "application/json", "{}"),
                "no such operation");
        assertProblem(document.problem("GET", "/api/v2/connections", 299, "application/json", "[]"),
                "not documented");
        assertProblem(document.problem("GET", "/api/v2/connections/con_x", 200, "application/json",
                "{\"id\":\"con_x\"}"), "does not match");
        assertProblem(document.problem("DELETE", "/api/v2/connections/con_x", 204, null, "{}"), "no body");
        assertProblem(document.problem("GET", "/api/v2/connections/con_x", 404, "text/plain", "gone"),
                "Content-Type");
        assertEquals(Optional.empty(), document.problem("GET", "/api/v2/connections/con_x", 404, "application/json",
                "{\"statusCode\":404,\"error\":\"Not Found\",\"message\":\"No such connection\","
                        + "\"errorCode\":\"inexistent_connection\"}"));
    }

    private static void assertProblem(Optional<String> problem, String expected) {
        assertTrue(problem.isPresent() && problem.get().contains(expected), "expected a problem naming '"
                + expected + "', got " + problem);
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
