package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Setup tickets in a real Chromium (SPEC §8): the identity admin creates one in the console and sees its link once;
 * the customer's IT admin opens the link with nothing else, reads the endpoint, creates and rotates the token a real
 * SCIM client then uses, and sees the requests; a revoked ticket's page is gone. The setup page shows values as text,
 * is keyboard usable, and fits a phone.
 */
class SetupTicketBrowserTest extends BrowserTest {

    @Test
    void theItAdminSetsUpProvisioningWithTheLinkAlone() {
        ScimEndpoint scim = ScimEndpoint.create(http, "okta", "get:users");
        browser.signIn(ADMIN);
        browser.open("/connections/" + scim.connectionId() + "/provisioning");
        List<WebElement> scopes = browser.driver().findElements(By.cssSelector("fieldset.ticket-scopes input"));
        assertEquals(10, scopes.size());
        assertTrue(scopes.stream().allMatch(WebElement::isSelected), "every scope is ticked by default");
        assertEquals("432000", browser.field("Link works for").getDomProperty("value"), "five days by default");
        String url = createTicket();
        String secret = url.substring(url.lastIndexOf('/') + 1);
        assertTrue(url.equals(browser.base() + "/setup/" + secret) && secret.startsWith("stk_"), url);
        assertFalse(browser.driver().getCurrentUrl().contains(secret), browser.driver().getCurrentUrl());
        assertEquals(0L, browser.script("return localStorage.length + sessionStorage.length"));
        assertEquals("", browser.script("return document.cookie"));
        assertTrue(browser.driver().manage().getCookies().isEmpty(), "no cookie");

        browser.button("Sign out").click();
        browser.waitForText("You signed out");
        openSetupPage(url);
        String endpoint = browser.base() + "/scim/v2/connections/" + scim.connectionId();
        assertEquals(endpoint, browser.driver().findElement(By.id("scim-endpoint")).getDomProperty("value"));
        String first = issueToken("Create token", null);
        ScimEndpoint itAdmin = new ScimEndpoint(http, ADMIN, scim.connectionId(), scim.connectionName(), first);
        String userName = "setup-" + secret.substring(4, 12) + "@example.com";
        ConsoleData.createUser(itAdmin, userName, "Ida");
        String second = issueToken("Rotate token", first);
        ScimTestSupport.assertScimError(http.get(itAdmin.path() + "/Users", first), 401);
        assertEquals(200, http.get(itAdmin.path() + "/Users", second).status());

        browser.driver().navigate().refresh();
        waitForSetupPage();
        // The 401 is logged in a batch: refresh the list until it is there.
        browser.waiting().until(d -> {
            d.findElement(By.id("refresh-requests")).click();
            waitForSetupPage();
            return statuses().containsAll(List.of("201", "401"));
        });
        assertEquals(3, browser.driver().findElements(By.cssSelector("#requests thead th")).size(),
                "time, operation and status only");
        assertFalse(browser.text().contains(userName), "no request body");
        assertSameOrigin();

        String tickets = "/api/v2/connections/" + scim.connectionId() + "/scim-configuration/setup-tickets";
        String tokenId = http.get(tickets, ADMIN).json().path(0).path("token_id").asText();
        assertTrue(!tokenId.isEmpty() && second.startsWith(tokenId), tokenId);
        browser.signIn(ADMIN);
        browser.open("/connections/" + scim.connectionId() + "/provisioning");
        browser.waitForText("Created " + tokenId);
        browser.button("Revoke ticket").click();
        browser.press("Confirm revoke ticket");
        browser.waitForText("No setup ticket.");
        browser.driver().get(url);
        browser.waitForText("Not found");
        assertEquals(404, http.sendWithHeaders("GET", "/setup/api/ticket", null, null,
                Map.of("Authorization", "Bearer " + secret)).status());
    }

    /**
     * Presses the console's Create setup ticket with the form as it is, and reads the link the page shows once (its
     * Copy button puts it on the clipboard).
     */
    private static String createTicket() {
        browser.press("Create setup ticket");
        WebElement shown = browser.waiting().until(d -> d.findElements(
                By.cssSelector("section[aria-labelledby=tickets-heading] .issued input")).stream().findFirst()
                .orElse(null));
        assertNotNull(shown.getDomAttribute("readonly"), "the link is shown read-only");
        assertTrue(browser.text().contains("it is shown only this once")
                && browser.text().contains("Anyone with this link can create a token"), browser.text());
        String url = shown.getDomProperty("value");
        PageChecks.assertCopyCopies(browser, shown, "the setup link");
        assertTrue(browser.driver().findElement(By.cssSelector("section[aria-labelledby=tickets-heading] table"))
                .getText().contains("None yet"), "listed, with no token yet");
        return url;
    }

    /** Presses the setup page's token button and reads the new token, another than {@code previous}. */
    private static String issueToken(String label, String previous) {
        WebElement button = browser.driver().findElement(By.id("issue-token"));
        assertEquals(label, button.getText());
        button.click();
        waitForSetupPage();
        return browser.waiting().until(d -> d.findElements(By.id("new-token")).stream()
                .map(input -> input.getDomProperty("value"))
                .filter(value -> !value.isEmpty() && !value.equals(previous)).findFirst().orElse(null));
    }

    private static List<String> statuses() {
        return browser.driver().findElements(By.cssSelector("#requests tbody tr td:last-child")).stream()
                .map(WebElement::getText).toList();
    }

    /** Opens a setup link and waits until the page has its data. */
    private static void openSetupPage(String url) {
        browser.driver().get(url);
        browser.waiting().until(d -> !d.findElements(By.id("scim-endpoint")).isEmpty());
        waitForSetupPage();
    }

    private static void waitForSetupPage() {
        browser.waiting().until(d -> Boolean.TRUE.equals(browser.script(
                "return document.querySelector('main[aria-busy]') === null")));
    }

    private static void assertSameOrigin() {
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) browser.script(
                "return performance.getEntriesByType('resource').map((entry) => entry.name)");
        assertTrue(loaded.stream().anyMatch(url -> url.startsWith(browser.base() + "/setup/api/")), loaded.toString());
        assertTrue(loaded.stream().allMatch(url -> url.startsWith(browser.base() + "/setup/")),
                "same origin: " + loaded);
    }

    @Test
    void theSetupPageShowsTheConnectionsNameAsText() {
        String canary = "<img src=x onerror=\"window.__xss=4\">";
        ConsoleData data = ConsoleData.create(http, canary, "Xena");
        openSetupPage(ticketUrl(data.connectionId()));
        PageChecks.assertShownAsText(browser, "Connection " + canary + " (" + data.scim().connectionName());
    }

    @Test
    void theTicketFormAndTheSetupPageAreKeyboardUsable() {
        ConsoleData data = ConsoleData.create(http, "Keyboard Setup Co", "Kay");
        browser.signIn(ADMIN);
        browser.open("/connections/" + data.connectionId() + "/provisioning");
        String url = createTicket();
        PageChecks.assertKeyboardUsable(browser, "provisioning with a setup ticket");
        browser.open("/connections/" + data.connectionId() + "/health");
        PageChecks.assertKeyboardUsable(browser, "health");
        browser.button("Sign out").click();
        openSetupPage(url);
        issueToken("Create token", null);
        PageChecks.assertKeyboardUsable(browser, "setup page");
    }

    @Test
    void screenshotsOfTheSetupPage() throws IOException {
        ConsoleData data = ConsoleData.create(http, "Acme Okta", "Jane");
        String url = ticketUrl(data.connectionId());
        for (int[] size : List.of(new int[] {1280, 800}, new int[] {390, 844})) {
            browser.viewport(size[0], size[1]);
            openSetupPage(url);
            String name = "setup-page-" + size[0] + "x" + size[1] + ".png";
            Path file = browser.screenshot(SCREENSHOTS.resolve(name));
            assertTrue(Files.size(file) > 1000, file + " is a real image");
            assertEquals(List.of(), PageChecks.widerThanTheWindow(browser), name + ": only tables scroll sideways");
        }
        assertNotEquals(0, browser.driver().findElements(By.cssSelector("#requests tbody tr")).size());
    }

    /** A ticket with the defaults, created through the Management API; its URL. */
    private static String ticketUrl(String connectionId) {
        Reply created = http.post("/api/v2/connections/" + connectionId + "/scim-configuration/setup-tickets", ADMIN,
                "{}");
        assertEquals(201, created.status(), created.body());
        return created.json().path("ticket_url").asText();
    }
}
