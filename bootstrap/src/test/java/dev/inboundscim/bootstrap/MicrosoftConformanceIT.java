package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import io.helidon.config.Config;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Microsoft's public SCIM reference collection (shared/conformance), run with newman against the server on its
 * embedded default, with a connection whose mapping covers what the collection sends and reads. Every assertion
 * must pass except those in {@code conformance/known-failures.txt}, and a listed one that passes fails the run too,
 * so the list can only shrink. The collection runs with an access token obtained as Entra's gallery provisioning
 * obtains one: a simulated Entra's signed assertion exchanged at the token endpoint (SPEC §9).
 */
class MicrosoftConformanceIT {

    private static final List<String> FOLDERS = List.of("Endpoint tests", "User tests", "Group tests",
            "ComplexAttribute tests", "User tests with garbage", "Group tests with garbage");
    private static final String ADMIN = "conformance-admin";

    @TempDir
    Path work;
    private SimulatedEntra entra;

    @BeforeEach
    void startEntra() {
        entra = SimulatedEntra.start();
    }

    @AfterEach
    void stopEntra() {
        entra.close();
    }

    @Test
    void passesMicrosoftsReferenceCollection() throws Exception {
        Path collection = collection();
        Path newman = Newman.install(Path.of("target", "newman"));
        ServerSettings settings = ServerSettings.load(Config.empty(), Map.of("PORT", "0", "ADMIN_TOKEN", ADMIN,
                "DATA_DIR", work.resolve("data").toString())::get);
        try (InboundScimServer server = InboundScimServer.start(settings, PersistenceFactory.open(settings))) {
            HttpClientSupport http = new HttpClientSupport(server.port());
            String connectionId = http.post("/api/v2/connections", ADMIN,
                    "{\"name\":\"microsoft-conformance\",\"strategy\":\"waad\"}").json().path("id").asText();
            Reply configuration = http.post("/api/v2/connections/" + connectionId + "/scim-configuration", ADMIN,
                    resource("conformance/scim-configuration.json"));
            assertEquals(201, configuration.status(), configuration.body());
            String token = entraAccessToken(http, connectionId);
            Path report = work.resolve("report.json");
            List<String> command = new ArrayList<>(List.of(newman.toString(), "run", collection.toString(),
                    "--env-var", "Protocol=http", "--env-var", "Server=127.0.0.1",
                    "--env-var", "Port=:" + server.port(),
                    "--env-var", "Api=scim/v2/connections/" + connectionId, "--env-var", "token=" + token,
                    "--reporters", "cli,json", "--reporter-json-export", report.toString(), "--disable-unicode"));
            FOLDERS.forEach(folder -> command.addAll(List.of("--folder", folder)));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("newman.log").toFile()).start();
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "newman did not finish in 5 minutes");
            assertTrue(Files.exists(report), "newman wrote no report:\n"
                    + Files.readString(work.resolve("newman.log")));

            Set<String> failed = failedAssertions(HttpClientSupport.JSON.readTree(report.toFile()));
            Set<String> known = knownFailures();
            Set<String> unexpected = new TreeSet<>(failed);
            unexpected.removeAll(known);
            Set<String> nowPassing = new TreeSet<>(known);
            nowPassing.removeAll(failed);
            assertTrue(unexpected.isEmpty(), "assertions that newly fail:\n  " + String.join("\n  ", unexpected)
                    + "\nnewman output:\n" + Files.readString(work.resolve("newman.log")));
            assertTrue(nowPassing.isEmpty(), "assertions that now pass; remove them from known-failures.txt:\n  "
                    + String.join("\n  ", nowPassing));
        }
    }

    /**
     * An access token as Entra's gallery provisioning gets one (SPEC §9): a federated credential for a simulated
     * Entra's service principal, an assertion it signs, exchanged at the connection's token endpoint; the whole
     * collection then runs with that token.
     */
    private String entraAccessToken(HttpClientSupport http, String connectionId) throws Exception {
        String subject = UUID.randomUUID().toString();
        String audience = "api://inbound-scim/" + connectionId;
        Reply credential = http.post("/api/v2/connections/" + connectionId
                + "/scim-configuration/federated-credentials", ADMIN, "{\"issuer\":\"" + entra.issuer()
                + "\",\"subject\":\"" + subject + "\",\"audience\":\"" + audience + "\",\"jwks_uri\":\""
                + entra.jwksUri() + "\",\"scopes\":[\"get:users\",\"post:users\",\"put:users\",\"patch:users\","
                + "\"delete:users\",\"get:groups\",\"post:groups\",\"put:groups\",\"patch:groups\","
                + "\"delete:groups\"]}");
        assertEquals(201, credential.status(), credential.body());
        Reply issued = http.send("POST", "/scim/v2/connections/" + connectionId + "/oauth/token", null,
                OAuthClientCredentialsSuite.form("grant_type", "client_credentials", "client_assertion_type",
                        SimulatedEntra.JWT_BEARER, "client_assertion", entra.assertion(subject, audience)),
                OAuthClientCredentialsSuite.FORM);
        assertEquals(200, issued.status(), issued.body());
        assertEquals(10, issued.json().path("scope").asText().split(" ").length, issued.body());
        return issued.json().path("access_token").asText();
    }

    private static Set<String> failedAssertions(JsonNode report) {
        Set<String> failed = new TreeSet<>();
        for (JsonNode execution : report.path("run").path("executions")) {
            for (JsonNode assertion : execution.path("assertions")) {
                if (assertion.has("error")) {
                    failed.add(execution.path("item").path("name").asText() + " :: "
                            + assertion.path("assertion").asText());
                }
            }
        }
        return failed;
    }

    private static Set<String> knownFailures() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String line : resource("conformance/known-failures.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split(" :: ");
                known.add(parts[0].trim() + " :: " + parts[1].trim());
            }
        }
        return known;
    }

    /**
     * The collection from shared/conformance beside the checkout when present (the team's copy), else the copy in
     * this module's test resources (MIT-licensed, from AzureAD/SCIMReferenceCode, unchanged).
     */
    private Path collection() throws IOException {
        String name = "microsoft-scim-reference-tests.postman_collection.json";
        Path shared = Path.of("../../shared/conformance", name);
        if (Files.exists(shared)) {
            return shared.toAbsolutePath().normalize();
        }
        Path copy = work.resolve(name);
        Files.writeString(copy, resource("conformance/" + name));
        return copy;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = MicrosoftConformanceIT.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
