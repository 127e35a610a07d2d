package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every page of the console in a real Chromium (SPEC §8): reachable by keyboard with labelled controls, and its
 * screenshots at desktop and phone sizes with nothing but a table's scroller reaching past the window's edge.
 */
class ConsoleKeyboardBrowserTest extends BrowserTest {

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
        pages.put("event-streams", () -> {
            pollStream();
            browser.open("/event-streams");
            browser.press("Deliveries Keyboard poll stream");
            browser.waitForText("Deliveries of Keyboard poll stream");
        });
        return pages;
    }

    /**
     * A poll stream to list, whose deliveries (none) and redelivery form the page then shows: created once per test.
     * It collects user.created, so it must not outlive the test: the suites after this class share its database and
     * would find those events among their logs.
     */
    private static void pollStream() {
        if (keyboardPollStream() != null) {
            return;
        }
        HttpClientSupport.Reply created = http.post("/api/v2/event-streams", ADMIN, "{\"name\":\"Keyboard poll stream\","
                + "\"format\":\"set\",\"destination\":{\"type\":\"poll\"},"
                + "\"subscriptions\":[{\"event_type\":\"user.created\"}]}");
        assertEquals(201, created.status(), created.body());
    }

    @AfterEach
    void deletePollStream() {
        String id = keyboardPollStream();
        if (id != null) {
            assertEquals(204, http.delete("/api/v2/event-streams/" + id, ADMIN).status());
        }
    }

    private static String keyboardPollStream() {
        for (JsonNode stream : http.get("/api/v2/event-streams", ADMIN).json()) {
            if (stream.path("name").asText().equals("Keyboard poll stream")) {
                return stream.path("id").asText();
            }
        }
        return null;
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
        assertEquals(24, taken.size());
        for (Path file : taken) {
            assertTrue(Files.size(file) > 1000, file + " is a real image");
        }
    }
}
