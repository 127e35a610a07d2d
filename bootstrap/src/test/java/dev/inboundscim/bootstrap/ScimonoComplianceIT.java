package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import io.helidon.config.Config;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SAP's scimono compliance tests (com.sap.scimono:scimono-compliance-tests from Maven Central, its shaded jar copied
 * to {@code target/scimono} by the build) run in this JVM against the server on its embedded default, with a
 * connection that maps the whole core User schema, the enterprise extension and, declared as a schema extension
 * (SPEC §10), the custom schema whose typed attributes {@code InputValidationAttributeTypeTest} writes (it tries to
 * create that schema with POST /Schemas, which is read-only here). scimono authenticates as an OAuth
 * client of the connection (SPEC §9) through {@link ScimonoTokenAdapter}. Every test must pass except those in
 * {@code conformance/scimono-known-failures.txt}, and a listed one that passes fails the run too, so the list can
 * only shrink. The log of the run, with every request and response, is left in {@code target/scimono}.
 */
class ScimonoComplianceIT {

    private static final String ADMIN = "scimono-admin";
    private static final String SCOPES = "[\"get:users\",\"post:users\",\"put:users\",\"patch:users\","
            + "\"delete:users\",\"get:groups\",\"post:groups\",\"put:groups\",\"patch:groups\",\"delete:groups\"]";

    @TempDir
    Path work;

    @Test
    void passesScimonosComplianceTests() throws Exception {
        Path jar = Path.of("target", "scimono", "scimono-compliance-tests-shaded.jar").toAbsolutePath();
        assertTrue(Files.exists(jar), jar + " is missing: the build's generate-test-resources phase copies it");
        Path log = jar.resolveSibling("scimono.log");
        Files.deleteIfExists(log);
        // No rate limit: scimono sends as fast as it can (500 users for one group) and never retries a 429
        ServerSettings settings = ServerSettings.load(Config.empty(), Map.of("PORT", "0", "ADMIN_TOKEN", ADMIN,
                "DATA_DIR", work.resolve("data").toString(), "RATE_LIMIT_PER_CONNECTION", "0")::get);
        try (InboundScimServer server = InboundScimServer.start(settings, PersistenceFactory.open(settings))) {
            HttpClientSupport http = new HttpClientSupport(server.port());
            Reply connection = http.post("/api/v2/connections", ADMIN,
                    "{\"name\":\"scimono-compliance\",\"strategy\":\"samlp\"}");
            assertEquals(201, connection.status(), connection.body());
            String scim = "/scim/v2/connections/" + connection.json().path("id").asText();
            String configurationPath = "/api/v2/connections/" + connection.json().path("id").asText()
                    + "/scim-configuration";
            Reply configuration = http.post(configurationPath, ADMIN,
                    resource("conformance/scimono-scim-configuration.json"));
            assertEquals(201, configuration.status(), configuration.body());
            Reply client = http.post(configurationPath + "/clients", ADMIN, "{\"scopes\":" + SCOPES + "}");
            assertEquals(201, client.status(), client.body());

            ScimonoLauncher.Results results;
            try (ScimonoTokenAdapter tokens = ScimonoTokenAdapter.start(URI.create(http.base() + scim
                    + "/oauth/token"))) {
                results = ScimonoLauncher.run(jar, Map.of("scim.service.url", http.base() + scim,
                        "auth.type", "Oauth", "oauth.grant", "client_credentials",
                        "oauth.clientId", client.json().path("client_id").asText(),
                        "oauth.secret", client.json().path("client_secret").asText(),
                        "oauth.service.url", tokens.url()), log);
            }

            Set<String> known = knownFailures();
            Set<String> unexpected = new TreeSet<>(results.failed.keySet());
            unexpected.removeAll(known);
            Set<String> nowPassing = new TreeSet<>(known);
            nowPassing.removeAll(results.failed.keySet());
            String summary = results.passed.size() + " passed, " + results.failed.size() + " failed, "
                    + results.skipped.size() + " skipped; log in " + log;
            System.out.println("scimono: " + summary);
            assertTrue(results.passed.size() > 100, "too few tests ran: " + summary);
            assertTrue(unexpected.isEmpty(), "tests that newly fail (" + summary + "):\n  " + unexpected.stream()
                    .map(id -> id + " :: " + results.failed.get(id)).collect(Collectors.joining("\n  ")));
            assertTrue(nowPassing.isEmpty(), "tests that now pass; remove them from scimono-known-failures.txt:\n  "
                    + String.join("\n  ", nowPassing));
        }
    }

    private static Set<String> knownFailures() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String line : resource("conformance/scimono-known-failures.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                known.add(line.split(" :: ")[0].trim());
            }
        }
        return known;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ScimonoComplianceIT.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
