package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console in a real Chromium (SPEC §8): an operator's whole provisioning flow against a real server and a real
 * SCIM client, hostile values shown as text only, the admin token kept out of storage, cookies and URLs, every page
 * reachable by keyboard with labelled controls, log streams, and screenshots at desktop and phone sizes. One class
 * (longer than most) because Chromium starts once for all of them; each test makes its own connection.
 */
class ConsoleBrowserTest {

    private static final String ADMIN = TestServer.ADMIN_TOKEN;
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private static TestServer server;
    private static HttpClientSupport http;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.postgres());
        http = server.client();
        browser = Browser.start(server.port());
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            server.close();
        }
    }

    @RegisterExtension
    final FailureEvidence evidence = new FailureEvidence(() -> browser, SCREENSHOTS);

    @BeforeEach
    void desktop() {
        browser.viewport(1280, 800);
    }

    @Test
    void anOperatorSetsUpProvisioningAndSeesWhatTheIdpSent() {
        browser.signIn(ADMIN);
        String name = "okta-" + UUID.randomUUID().toString().substring(0, 8);
        String id = createConnection(name);
        browser.press("Turn SCIM on");
        assertEquals(browser.base() + "/scim/v2/connections/" + id,
                browser.field("SCIM endpoint URL").getDomProperty("value"));
        ScimEndpoint scim = new ScimEndpoint(http, ADMIN, id, name, issueTokenWithDefaultScopes());

        String marker = "flow" + UUID.randomUUID().toString().substring(0, 8);
        String member = ConsoleData.createUser(scim, marker + "-1@example.com", "Ada");
        String other = ConsoleData.createUser(scim, marker + "-2@example.com", "Grace");
        String groupId = ConsoleData.createGroup(scim, "Engineers " + marker, member);
        ConsoleData data = new ConsoleData(scim, null, marker, List.of(member, other), groupId,
                "Engineers " + marker);

        seeUsersAndTheirGroup(data);
        seeTheGroupAndItsMember(data);
        seeTheScimRequestsInTheLogs(data);
        editTheMapping(scim);
        revokeTheToken(scim);
    }

    private String createConnection(String name) {
        browser.type("Name", name);
        browser.select("Strategy", "okta");
        browser.type("Display name (optional)", "Acme Okta");
        browser.press("Create connection");
        browser.waitForText("Created the connection " + name + ".");
        browser.driver().findElement(By.linkText(name)).click();
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/provisioning"));
        String url = browser.driver().getCurrentUrl();
        String id = url.substring(url.indexOf("#/connections/") + "#/connections/".length(),
                url.lastIndexOf("/provisioning"));
        browser.waitForPage("/connections/" + id + "/provisioning");
        assertTrue(browser.text().contains("Connection Acme Okta (" + name + ")"), browser.text());
        return id;
    }

    /** Creates a token with the form's defaults (every scope ticked, no lifetime) and reads it from the page. */
    private String issueTokenWithDefaultScopes() {
        List<WebElement> scopes = browser.driver().findElements(By.cssSelector("fieldset.scopes input[type=checkbox]"));
        assertEquals(10, scopes.size());
        assertTrue(scopes.stream().allMatch(WebElement::isSelected), "every scope is ticked by default");
        browser.press("Create token");
        WebElement shown = browser.waiting().until(d -> d.findElements(By.cssSelector(".issued input")).stream()
                .findFirst().orElse(null));
        String token = shown.getDomProperty("value");
        assertTrue(browser.text().contains("it is shown only this once"), browser.text());
        assertNotNull(shown.getDomAttribute("readonly"), "the token is shown read-only");
        browser.waitForText("All 10 scopes");
        return token;
    }

    private void seeUsersAndTheirGroup(ConsoleData data) {
        browser.open("/users");
        browser.type("Search users", data.marker());
        browser.press("Search");
        browser.waitForText("Users 1–2 of 2");
        for (String userId : data.userIds()) {
            assertFalse(browser.driver().findElements(By.linkText(userId)).isEmpty(), userId);
        }
        browser.driver().findElement(By.linkText(data.userIds().getFirst())).click();
        browser.waitForPage("/users/" + ScimTestSupport.encode(data.userIds().getFirst()));
        WebElement groups = browser.driver().findElement(By.cssSelector("section[aria-labelledby=user-groups]"));
        assertTrue(groups.getText().contains(data.groupName()), groups.getText());
    }

    private void seeTheGroupAndItsMember(ConsoleData data) {
        browser.open("/groups");
        browser.select("Connection", data.connectionId());
        browser.press("Show groups");
        browser.waiting().until(d -> !d.findElements(By.linkText(data.groupName())).isEmpty());
        WebElement row = browser.driver().findElement(By.linkText(data.groupName()))
                .findElement(By.xpath("ancestor::tr"));
        assertTrue(row.getText().endsWith(" 1"), "one member: " + row.getText());
        row.findElement(By.linkText(data.groupName())).click();
        browser.waitForPage("/groups/" + data.groupId());
        browser.waitForText("Members 1–1 of 1");
        assertFalse(browser.driver().findElements(By.linkText(data.userIds().getFirst())).isEmpty());
    }

    private void seeTheScimRequestsInTheLogs(ConsoleData data) {
        browser.open("/logs");
        browser.select("Type", "sscim");
        browser.select("Connection", data.connectionId());
        browser.press("Apply filters");
        browser.waiting().until(d -> d.findElements(By.cssSelector("main table tbody tr")).size() >= 3);
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("main table tbody tr"));
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertEquals("sscim", cells.get(1).getText());
            assertEquals("Acme Okta (" + data.scim().connectionName() + ")", cells.get(4).getText());
        }
        long created = rows.stream().filter(row -> row.findElements(By.tagName("td")).get(2).getText()
                .equals("201")).count();
        assertEquals(3, created, "two users and a group were created");
    }

    private void editTheMapping(ScimEndpoint scim) {
        String configuration = "/api/v2/connections/" + scim.connectionId() + "/scim-configuration";
        JsonNode before = http.get(configuration, ADMIN).json().path("mapping");
        assertTrue(userSchemaAttributes(scim).contains("title"));
        browser.open("/connections/" + scim.connectionId() + "/mapping");
        assertEquals(before.size(), rows().size());

        browser.button("Add row").click();
        List<WebElement> added = rows().getLast().findElements(By.tagName("input"));
        added.get(0).sendKeys("noSuchAttribute");
        added.get(1).sendKeys("app_metadata.no_such");
        browser.press("Save mapping");
        WebElement message = browser.waiting().until(d -> d.findElements(By.cssSelector(".field-error")).stream()
                .findFirst().orElse(null));
        WebElement invalid = rows().getLast().findElement(By.cssSelector("input.scim"));
        assertEquals(message.getDomAttribute("id"), invalid.getDomAttribute("aria-describedby"));
        assertEquals(Boolean.TRUE, browser.script("return arguments[0].closest('tr').nextElementSibling"
                + ".contains(arguments[1])", invalid, message), "the message is in the row under the pair");
        ArrayNode attempted = before.deepCopy();
        attempted.addObject().put("scim", "noSuchAttribute").put("auth0", "app_metadata.no_such");
        ObjectNode body = HttpClientSupport.JSON.createObjectNode().set("mapping", attempted);
        Reply refused = http.send("PATCH", configuration, ADMIN, body.toString(), "application/json");
        assertEquals(400, refused.status());
        assertEquals(refused.json().path("message").asText(), message.getText(), "the server's own message");
        assertEquals(before, http.get(configuration, ADMIN).json().path("mapping"), "nothing was saved");

        rows().getLast().findElement(By.tagName("button")).click();
        rows().stream().filter(row -> "title".equals(row.findElement(By.cssSelector("input.scim"))
                .getDomProperty("value"))).findFirst().orElseThrow().findElement(By.tagName("button")).click();
        browser.press("Save mapping");
        browser.waiting().until(d -> d.findElement(By.cssSelector(".tab-body [role=status]")).getText()
                .equals("Saved"));
        JsonNode after = http.get(configuration, ADMIN).json().path("mapping");
        assertEquals(before.size() - 1, after.size());
        assertFalse(after.toString().contains("\"title\""), after.toString());
        assertFalse(userSchemaAttributes(scim).contains("title"), "the SCIM endpoint's schema follows the mapping");

        browser.press("Reset to the strategy's default");
        browser.waitForText("Loaded the default mapping of okta: not saved yet.");
        assertEquals(before.size(), rows().size());
        assertEquals(after, http.get(configuration, ADMIN).json().path("mapping"), "a reset alone saves nothing");
    }

    private static List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("table.mapping tr.pair"));
    }

    /** The attribute names of the connection's core User schema, as its SCIM client sees them. */
    private static Set<String> userSchemaAttributes(ScimEndpoint scim) {
        JsonNode schema = http.get(scim.path() + "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User",
                scim.token()).json();
        return StreamSupport.stream(schema.path("attributes").spliterator(), false)
                .map(attribute -> attribute.path("name").asText()).collect(Collectors.toSet());
    }

    private void revokeTheToken(ScimEndpoint scim) {
        assertEquals(200, http.get(scim.path() + "/Users", scim.token()).status());
        browser.open("/connections/" + scim.connectionId() + "/provisioning");
        browser.button("Revoke").click();
        browser.press("Confirm revoke");
        browser.waitForText("No token yet");
        ScimTestSupport.assertScimError(http.get(scim.path() + "/Users", scim.token()), 401);
    }

    @Test
    void theHealthTabCountsTheScimTrafficAndTheTokens() {
        ScimEndpoint scim = ScimEndpoint.create(http, "okta", "get:users");
        browser.signIn(ADMIN);
        String route = "/connections/" + scim.connectionId() + "/health";
        browser.open(route);
        assertEquals("0", fact("Requests"));
        assertEquals("no requests", fact("Error rate"));
        assertEquals("1", fact("Tokens"));
        assertEquals("0", fact("Expiring within 14 days"));

        Reply shortLived = http.post("/api/v2/connections/" + scim.connectionId() + "/scim-configuration/tokens",
                ADMIN, "{\"scopes\":[\"get:users\"],\"token_lifetime\":259200}");
        assertEquals(201, shortLived.status(), shortLived.body());
        for (int i = 0; i < 3; i++) {
            assertEquals(200, http.get(scim.path() + "/Users", scim.token()).status());
        }
        ScimTestSupport.assertScimError(http.get(scim.path() + "/Users/no-such-user", scim.token()), 404);
        // Entries of reads are written in batches: Refresh until the four requests are counted.
        browser.waiting().until(d -> {
            browser.press("Refresh");
            return fact("Requests").equals("4");
        });
        assertEquals("1", fact("Errors"));
        assertEquals("25 %", fact("Error rate"));
        assertEquals("0", fact("Rate-limited seconds"));
        assertEquals("2", fact("Tokens"));
        assertEquals("1", fact("Expiring within 14 days"), "the three-day token");
        assertEquals("0", fact("Expired"));
        assertTrue(browser.text().contains("Last hour: from "), browser.text());

        browser.select("Window", "86400");
        browser.settle();
        browser.waitForText("Last 24 hours: from ");
        assertEquals("4", fact("Requests"));
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) browser.script(
                "return performance.getEntriesByType('resource').map((entry) => entry.name)");
        assertTrue(loaded.contains(browser.base() + "/api/v2" + route + "?window=86400"), loaded.toString());
    }

    /** The value beside term {@code term} on the page. */
    private static String fact(String term) {
        return browser.driver().findElement(By.xpath("//dt[normalize-space(.)=" + Browser.literal(term)
                + "]/following-sibling::dd")).getText();
    }

    @Test
    void aUsersPageShowsWhatItsScimEndpointAnswers() throws IOException {
        ConsoleData data = ConsoleData.create(http, "Scim View Co", "Sam");
        String userId = data.userIds().getFirst();
        browser.signIn(ADMIN);
        browser.open("/users/" + ScimTestSupport.encode(userId));
        String shown = scimSection().findElement(By.tagName("pre")).getDomProperty("textContent");
        JsonNode document = HttpClientSupport.JSON.readTree(shown);
        assertEquals(data.marker() + "-1@example.com", document.path("userName").asText(), shown);
        assertEquals(data.groupName(), document.path("groups").path(0).path("display").asText(), shown);
        Reply scimGet = http.get(data.scim().path() + "/Users/" + ScimTestSupport.encode(userId), data.scim().token());
        assertEquals(200, scimGet.status(), scimGet.body());
        assertEquals(scimGet.json(), document, "what the SCIM endpoint answers");

        String configuration = "/api/v2/connections/" + data.connectionId() + "/scim-configuration";
        assertEquals(204, http.delete(configuration, ADMIN).status());
        Reply refused = http.get("/api/v2/users/" + ScimTestSupport.encode(userId) + "/scim", ADMIN);
        assertEquals(404, refused.status(), refused.body());
        browser.open("/users");
        browser.open("/users/" + ScimTestSupport.encode(userId));
        assertTrue(scimSection().getText().contains(refused.json().path("message").asText()), scimSection().getText());
        assertTrue(scimSection().findElements(By.tagName("pre")).isEmpty(), "no document without SCIM");
    }

    private static WebElement scimSection() {
        return browser.driver().findElement(By.cssSelector("section[aria-labelledby=user-scim]"));
    }

    @Test
    void deletingAConnectionTakesASecondPress() {
        String name = "doomed-" + UUID.randomUUID().toString().substring(0, 8);
        Reply created = http.post("/api/v2/connections", ADMIN, "{\"name\":\"" + name + "\",\"strategy\":\"waad\"}");
        assertEquals(201, created.status(), created.body());
        String path = "/api/v2/connections/" + created.json().path("id").asText();
        browser.signIn(ADMIN);
        WebElement row = browser.driver().findElement(By.linkText(name)).findElement(By.xpath("ancestor::tr"));
        row.findElement(By.xpath(".//button[normalize-space(.)='Delete']")).click();
        browser.waitForText("Delete " + name + ", its users, groups and tokens?");
        assertEquals(200, http.get(path, ADMIN).status(), "the first press deletes nothing");
        browser.press("Confirm delete");
        browser.waitForText("Deleted the connection " + name + ".");
        assertEquals(404, http.get(path, ADMIN).status());
        assertTrue(browser.driver().findElements(By.linkText(name)).isEmpty(), "gone from the list");
    }

    @Test
    void valuesFromTheApiAreShownAsTextNeverAsMarkup() {
        String connectionCanary = "<img src=x onerror=\"window.__xss=1\">";
        String userCanary = "<img src=x onerror=\"window.__xss=2\">";
        String logCanary = "<img src=x onerror=window.__xss=3>";
        ConsoleData data = ConsoleData.create(http, connectionCanary, userCanary);
        String requestId = "xss-" + data.marker();
        assertEquals(200, http.sendWithHeaders("GET", data.scim().path() + "/Users", data.scim().token(), null,
                Map.of("User-Agent", logCanary, "X-Request-Id", requestId)).status());

        browser.signIn(ADMIN);
        PageChecks.assertShownAsText(browser, connectionCanary);
        browser.open("/connections/" + data.connectionId() + "/provisioning");
        PageChecks.assertShownAsText(browser, connectionCanary);
        browser.open("/users");
        browser.type("Search users", data.marker());
        browser.press("Search");
        browser.waitForText("Users 1–2 of 2");
        PageChecks.assertShownAsText(browser, userCanary + " Doe");
        browser.open("/users/" + ScimTestSupport.encode(data.userIds().getFirst()));
        PageChecks.assertShownAsText(browser, "User " + userCanary + " Doe");
        PageChecks.assertShownAsText(browser, "\"given_name\": \"" + userCanary.replace("\"", "\\\"") + "\"");
        browser.open("/logs");
        browser.type("Request id", requestId);
        browser.press("Apply filters");
        browser.waitForText("1 entries, newest first");
        PageChecks.assertShownAsText(browser, connectionCanary);
        browser.driver().findElement(By.cssSelector("button.details-button")).click();
        PageChecks.assertShownAsText(browser, "\"user_agent\": \"" + logCanary + "\"");
    }

    @Test
    void theAdminTokenStaysInTheTabsMemory() {
        browser.load();
        browser.type("Admin token", "not-the-admin-token");
        browser.button("Sign in").click();
        browser.waitForText("The server refused the admin token");
        assertFalse(browser.driver().findElements(By.id("admin-token")).isEmpty(), "still signing in");

        ConsoleData data = ConsoleData.create(http, "Token check", "Tess");
        browser.signIn(ADMIN);
        for (String route : List.of("/connections/" + data.connectionId() + "/provisioning",
                "/connections/" + data.connectionId() + "/mapping", "/users", "/groups", "/logs", "/log-streams")) {
            browser.open(route);
        }
        assertEquals(0L, browser.script("return localStorage.length"));
        assertEquals(0L, browser.script("return sessionStorage.length"));
        assertEquals("", browser.script("return document.cookie"));
        assertFalse(browser.driver().getCurrentUrl().contains(ADMIN), browser.driver().getCurrentUrl());
        assertEquals(Boolean.FALSE, browser.script("return [...document.querySelectorAll('input')]"
                + ".some((input) => input.value.includes(arguments[0]))", ADMIN), "no field holds the token");
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) browser.script(
                "return performance.getEntriesByType('resource').map((entry) => entry.name)");
        assertTrue(loaded.stream().anyMatch(url -> url.startsWith(browser.base() + "/api/v2/")), loaded.toString());
        assertTrue(loaded.stream().allMatch(url -> url.startsWith(browser.base() + "/")), "same origin: " + loaded);

        browser.button("Sign out").click();
        browser.waitForText("You signed out");
        browser.script("location.hash = '#/users'");
        browser.waitForText("You signed out");
        assertFalse(browser.driver().findElements(By.id("admin-token")).isEmpty(), "signed out stays signed out");
    }

    @Test
    void everyPageIsReachableByKeyboardWithLabelledControls() {
        ConsoleData data = ConsoleData.create(http, "Keyboard Co", "Kim");
        browser.load();
        PageChecks.assertKeyboardUsable(browser, "sign-in");
        browser.signIn(ADMIN);
        for (Map.Entry<String, Runnable> page : pages(data).entrySet()) {
            page.getValue().run();
            PageChecks.assertKeyboardUsable(browser, page.getKey());
        }
    }

    /** The pages of the console, each opened with {@code data} to show; the log page with an entry's details. */
    private static Map<String, Runnable> pages(ConsoleData data) {
        String connection = "/connections/" + data.connectionId();
        Map<String, Runnable> pages = new LinkedHashMap<>();
        pages.put("connections", () -> browser.open("/connections"));
        pages.put("provisioning", () -> {
            revokeTokensBut(data.scim());
            browser.open(connection + "/provisioning");
            browser.press("Create token");
            browser.waitForText("it is shown only this once");
        });
        pages.put("mapping", () -> browser.open(connection + "/mapping"));
        pages.put("health", () -> browser.open(connection + "/health"));
        pages.put("users", () -> {
            browser.open("/users");
            browser.type("Search users", data.marker());
            browser.press("Search");
            browser.waitForText("Users 1–2 of 2");
        });
        pages.put("user", () -> browser.open("/users/" + ScimTestSupport.encode(data.userIds().getFirst())));
        pages.put("groups", () -> browser.open("/groups"));
        pages.put("group", () -> browser.open("/groups/" + data.groupId()));
        pages.put("logs", () -> {
            browser.open("/logs");
            browser.select("Connection", data.connectionId());
            browser.press("Apply filters");
            browser.waiting().until(d -> !d.findElements(By.cssSelector("button.details-button")).isEmpty());
            browser.driver().findElement(By.cssSelector("button.details-button")).click();
            browser.waitForText("\"log_id\"");
        });
        pages.put("log-streams", () -> browser.open("/log-streams"));
        return pages;
    }

    /** Revokes the connection's tokens other than the endpoint's own, so the console may create another. */
    private static void revokeTokensBut(ScimEndpoint scim) {
        String tokens = "/api/v2/connections/" + scim.connectionId() + "/scim-configuration/tokens";
        for (JsonNode token : http.get(tokens, ADMIN).json()) {
            String id = token.path("token_id").asText();
            if (!scim.token().startsWith(id)) {
                assertEquals(204, http.delete(tokens + "/" + id, ADMIN).status());
            }
        }
    }

    @Test
    void screenshotsAtDesktopAndPhoneSizes() throws IOException {
        ConsoleData data = ConsoleData.create(http, "Acme Okta", "Jane");
        List<Path> taken = new ArrayList<>();
        for (int[] size : List.of(new int[] {1280, 800}, new int[] {390, 844})) {
            browser.viewport(size[0], size[1]);
            String suffix = "-" + size[0] + "x" + size[1] + ".png";
            browser.load();
            taken.add(browser.screenshot(SCREENSHOTS.resolve("sign-in" + suffix)));
            browser.signIn(ADMIN);
            for (Map.Entry<String, Runnable> page : pages(data).entrySet()) {
                page.getValue().run();
                browser.script("window.scrollTo(0, 0)");
                taken.add(browser.screenshot(SCREENSHOTS.resolve(page.getKey() + suffix)));
                assertEquals(List.of(), PageChecks.widerThanTheWindow(browser),
                        page.getKey() + suffix + ": only tables scroll sideways");
            }
        }
        assertEquals(22, taken.size());
        for (Path file : taken) {
            assertTrue(Files.size(file) > 1000, file + " is a real image");
        }
    }

    @Test
    void logStreamsAreCreatedEditedPausedAndResumed() {
        String name = "stream-" + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn(ADMIN);
        browser.open("/log-streams");
        browser.type("Name", name);
        browser.type("Endpoint URL", "http://127.0.0.1:9/never");
        browser.select("Format", "JSONLINES");
        // A category this test never logs, so no delivery fails and the stream stays active.
        browser.field("auth.login.fail").click();
        browser.press("Create log stream");
        browser.waitForText("Created " + name + ".");
        JsonNode stream = stream(name);
        assertEquals("active", stream.path("status").asText());
        assertEquals("JSONLINES", stream.path("sink").path("httpContentFormat").asText());
        assertEquals("[{\"type\":\"category\",\"name\":\"auth.login.fail\"}]", stream.path("filters").toString());
        WebElement row = browser.driver().findElement(By.xpath("//td[normalize-space(.)=" + Browser.literal(name)
                + "]/ancestor::tr"));
        assertTrue(row.getText().contains("active"), row.getText());

        browser.press("Pause " + name);
        browser.waitForText("Paused " + name + ".");
        assertEquals("paused", stream(name).path("status").asText());
        browser.press("Resume " + name);
        browser.waitForText("Resumed " + name + ".");
        assertEquals("active", stream(name).path("status").asText());

        browser.button("Edit " + name).click();
        browser.type("Name", name + "-renamed");
        browser.press("Save log stream");
        browser.waitForText("Saved " + name + "-renamed.");
        assertEquals(stream.path("id").asText(), stream(name + "-renamed").path("id").asText());
        WebElement renamed = browser.driver().findElement(By.xpath("//td[normalize-space(.)="
                + Browser.literal(name + "-renamed") + "]/ancestor::tr"));
        assertTrue(renamed.getText().contains("active"), renamed.getText());
    }

    private static JsonNode stream(String name) {
        for (JsonNode stream : http.get("/api/v2/log-streams", ADMIN).json()) {
            if (stream.path("name").asText().equals(name)) {
                return stream;
            }
        }
        throw new AssertionError("no log stream " + name);
    }
}
