package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Pages that show what the server holds, in a real Chromium (SPEC §8): a connection's Health tab counting real SCIM
 * traffic, a user's SCIM view equal to what its SCIM endpoint answers, and log streams created, paused, resumed and
 * renamed, and event streams created, edited, paused, resumed, redelivered and deleted against a real receiver.
 */
class ConsoleDataPagesBrowserTest extends BrowserTest {

    private static final String EVENT_STREAMS = "/api/v2/event-streams";

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

    @Test
    void eventStreamsAreCreatedEditedPausedResumedRedeliveredAndDeleted() throws IOException {
        String name = "events-" + UUID.randomUUID().toString().substring(0, 8);
        try (EventReceiver receiver = new EventReceiver()) {
            pressThroughEventStreamsPage(name, receiver);
        } finally {
            // The suites after this class share its database: a stream left behind would keep events in their logs.
            for (JsonNode stream : http.get(EVENT_STREAMS, ADMIN).json()) {
                if (stream.path("name").asText().startsWith(name)) {
                    assertEquals(204, http.delete(EVENT_STREAMS + "/" + stream.path("id").asText(), ADMIN).status());
                }
            }
        }
    }

    /** The event streams page, pressed through as an identity admin would; {@code name} prefixes its streams. */
    private static void pressThroughEventStreamsPage(String name, EventReceiver receiver) {
        ScimEndpoint scim = ScimEndpoint.create(http, "okta", "post:users");
        browser.signIn(ADMIN);
        browser.open("/event-streams");
        browser.type("Name", name);
        browser.type("Webhook URL", receiver.url());
        browser.type("Authorization header value (optional)", "Bearer console-secret");
        // No event type ticked: the server's own message, and nothing created.
        browser.press("Create event stream");
        browser.waitForText("subscriptions must name at least one event_type");
        assertTrue(named(EVENT_STREAMS, name).isEmpty(), "nothing created without an event type");
        browser.type("Authorization header value (optional)", "Bearer console-secret");
        browser.field("user.created").click();
        browser.press("Create event stream");
        browser.waitForText("Created " + name + ".");
        JsonNode stream = eventStream(name);
        assertEquals("cloudevents", stream.path("format").asText());
        assertEquals("active", stream.path("status").asText());
        assertEquals(receiver.url(), stream.path("destination").path("url").asText());
        assertTrue(stream.path("destination").path("authorization_set").asBoolean(), stream.toString());
        assertEquals("[{\"event_type\":\"user.created\"}]", stream.path("subscriptions").toString());
        assertEquals(Boolean.FALSE, browser.script("return [...document.querySelectorAll('input')]"
                + ".some((input) => input.value.includes('console-secret'))"), "the secret is in no field");

        // A user created through SCIM reaches the receiver, and the stream's deliveries show it.
        Reply created = http.post(scim.path() + "/Users", scim.token(), "{\"schemas\":[\"urn:ietf:params:scim:"
                + "schemas:core:2.0:User\"],\"userName\":\"" + name + "@example.com\",\"externalId\":\"" + name
                + "\",\"active\":true}");
        assertEquals(201, created.status(), created.body());
        browser.waiting().until(d -> receiver.cloudEventsOf(scim.connectionId()).size() == 1);
        String eventId = receiver.cloudEventsOf(scim.connectionId()).getFirst().getId();
        assertEquals("Bearer console-secret", receiver.accepted().getLast().authorization());
        browser.waiting().until(d -> {
            browser.press("Deliveries " + name);
            return deliveriesText().contains(eventId);
        });
        assertTrue(deliveriesText().contains("delivered"), deliveriesText());

        browser.type("Event ids", eventId);
        browser.press("Redeliver");
        browser.waitForText("Queued 1 event for " + name + ".");
        browser.waiting().until(d -> receiver.cloudEventsOf(scim.connectionId()).size() == 2);
        assertEquals(eventId, receiver.cloudEventsOf(scim.connectionId()).getLast().getId(), "the same id again");

        browser.press("Pause " + name);
        browser.waitForText("Paused " + name + ".");
        assertEquals("paused", eventStream(name).path("status").asText());
        browser.press("Resume " + name);
        browser.waitForText("Resumed " + name + ".");
        assertEquals("active", eventStream(name).path("status").asText());
        // Again by a time range in the browser's local time: the hour around now holds the stream's one event
        // (the page said "Resumed" last, so the message below is the range's).
        browser.waiting().until(d -> eventStream(name).path("delivery").path("pending").asLong() == 0);
        browser.field("Event ids").clear();
        browser.script("const local = (ms) => { const d = new Date(ms);"
                + " d.setMinutes(d.getMinutes() - d.getTimezoneOffset()); return d.toISOString().slice(0, 19); };"
                + " arguments[0].value = local(Date.now() - 3600000);"
                + " arguments[1].value = local(Date.now() + 3600000);",
                browser.field("From (your local time)"), browser.field("To (your local time)"));
        browser.press("Redeliver");
        browser.waitForText("Queued 1 event for " + name + ".");
        browser.waiting().until(d -> receiver.cloudEventsOf(scim.connectionId()).size() == 3);
        assertEquals(eventId, receiver.cloudEventsOf(scim.connectionId()).getLast().getId(), "the same id again");

        browser.button("Edit " + name).click();
        browser.type("Name", name + "-renamed");
        browser.field("Batched: up to 100 events per request (CloudEvents' batched content mode)").click();
        browser.field("user.updated").click();
        browser.press("Save event stream");
        browser.waitForText("Saved " + name + "-renamed.");
        JsonNode edited = eventStream(name + "-renamed");
        assertEquals(stream.path("id").asText(), edited.path("id").asText());
        assertTrue(edited.path("destination").path("batch").asBoolean(), edited.toString());
        assertTrue(edited.path("destination").path("authorization_set").asBoolean(), "kept: " + edited);
        assertEquals("[{\"event_type\":\"user.created\"},{\"event_type\":\"user.updated\"}]",
                edited.path("subscriptions").toString());

        // A poll stream: its form has no webhook fields.
        browser.type("Name", name + "-poll");
        browser.select("Format", "set");
        browser.select("Destination", "poll");
        assertTrue(browser.driver().findElements(By.xpath("//label[normalize-space(.)='Webhook URL']")).stream()
                .noneMatch(WebElement::isDisplayed), "no webhook URL for a poll stream");
        browser.field("user.deleted").click();
        browser.press("Create event stream");
        browser.waitForText("Created " + name + "-poll.");
        JsonNode poll = eventStream(name + "-poll");
        assertEquals("set", poll.path("format").asText());
        assertEquals("poll", poll.path("destination").path("type").asText());
        browser.waitForText("Poll: POST /api/v2/event-streams/" + poll.path("id").asText() + "/poll");

        for (String shown : List.of(name + "-renamed", name + "-poll")) {
            WebElement row = browser.driver().findElement(By.xpath("//td[normalize-space(.)="
                    + Browser.literal(shown) + "]/ancestor::tr"));
            row.findElement(By.xpath(".//button[normalize-space(.)='Delete']")).click();
            browser.press("Confirm delete");
            browser.waitForText("Deleted " + shown + ".");
            assertTrue(named(EVENT_STREAMS, shown).isEmpty(), shown + " is gone");
        }
    }

    private static String deliveriesText() {
        return browser.driver().findElement(By.cssSelector("section[aria-labelledby=deliveries-heading]")).getText();
    }

    private static JsonNode eventStream(String name) {
        return named(EVENT_STREAMS, name).orElseThrow(() -> new AssertionError("no event stream " + name));
    }

    private static JsonNode stream(String name) {
        return named("/api/v2/log-streams", name).orElseThrow(() -> new AssertionError("no log stream " + name));
    }

    /** The item named {@code name} of the Management API list at {@code path}. */
    private static Optional<JsonNode> named(String path, String name) {
        for (JsonNode item : http.get(path, ADMIN).json()) {
            if (item.path("name").asText().equals(name)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}
