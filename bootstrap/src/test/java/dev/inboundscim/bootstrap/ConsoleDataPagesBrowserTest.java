package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Pages that show what the server holds, in a real Chromium (SPEC §8): a connection's Health tab counting real SCIM
 * traffic, a user's SCIM view equal to what its SCIM endpoint answers, and log streams created, paused, resumed and
 * renamed.
 */
class ConsoleDataPagesBrowserTest extends BrowserTest {

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
