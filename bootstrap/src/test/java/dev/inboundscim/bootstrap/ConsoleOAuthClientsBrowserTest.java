package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * OAuth clients on the Provisioning tab in a real Chromium (SPEC §9): the identity admin creates a client and adds a
 * secret in the console, each secret shown once; an IdP (a real HTTP client) gets access tokens with them at the
 * token endpoint and provisions with those; deleting a secret, then the client, in the console ends their tokens at
 * once. The section is keyboard usable and fits a phone.
 */
class ConsoleOAuthClientsBrowserTest extends BrowserTest {

    private static final String SECTION = "section[aria-labelledby=oauth-heading]";

    @Test
    void anIdpUsesAClientMadeInTheConsoleUntilItsSecretAndItAreDeleted() {
        ScimEndpoint scim = ScimEndpoint.create(http, "waad", "get:users");
        browser.signIn(ADMIN);
        browser.open("/connections/" + scim.connectionId() + "/provisioning");
        WebElement tokenEndpoint = browser.field("Token endpoint URL");
        assertEquals(browser.base() + scim.path() + "/oauth/token", tokenEndpoint.getDomProperty("value"));
        PageChecks.assertCopyCopies(browser, tokenEndpoint, "the token endpoint URL");
        List<WebElement> scopes = browser.driver().findElements(By.cssSelector("fieldset.client-scopes input"));
        assertEquals(10, scopes.size());
        assertTrue(scopes.stream().allMatch(WebElement::isSelected), "every scope is ticked by default");
        assertEquals("63072000", browser.field("Secret lifetime").getDomProperty("value"), "two years by default");

        browser.type("Description (optional)", "Entra ID");
        browser.press("Create OAuth client");
        String clientId = browser.field("Client id").getDomProperty("value");
        assertTrue(clientId.matches("cli_[A-Za-z0-9]{16}"), clientId);
        WebElement firstShown = shownSecret(null);
        String first = firstShown.getDomProperty("value");
        String firstId = first.substring(0, 20);
        assertEquals("Client secret " + firstId, label(firstShown));
        assertNotNull(firstShown.getDomAttribute("readonly"), "the secret is shown read-only");
        assertTrue(section().getText().contains("it is shown only this once"), section().getText());
        PageChecks.assertCopyCopies(browser, firstShown, "the client secret");
        JsonNode listed = http.get(clients(scim) + "/" + clientId, ADMIN).json();
        assertEquals("Entra ID", listed.path("description").asText());
        assertEquals(10, listed.path("scopes").size());
        JsonNode secret = listed.path("secrets").path(0);
        assertEquals(firstId, secret.path("secret_id").asText());
        assertEquals(Duration.ofDays(730).toSeconds(), Duration.between(Instant.parse(secret.path("created_at")
                .asText()), Instant.parse(secret.path("valid_until").asText())).toSeconds(), 1.0, "two years");
        String box = clientBox(clientId).getText();
        assertTrue(box.contains(clientId + " — Entra ID") && box.contains("All 10 scopes") && box.contains("Never used")
                && box.contains(firstId) && box.contains(when(secret.path("valid_until").asText())), box);
        assertEquals(1, secretsListed(clientId));
        assertSecretKeptOnlyInThePage(first);

        Reply firstIssued = tokenRequest(scim, clientId, first);
        assertEquals(200, firstIssued.status(), firstIssued.body());
        assertEquals(10, firstIssued.json().path("scope").asText().split(" ").length, "the default scopes");
        String firstToken = firstIssued.json().path("access_token").asText();
        assertEquals(200, http.get(scim.path() + "/Users", firstToken).status());

        browser.press("Add secret " + clientId);
        WebElement secondShown = shownSecret(firstId);
        String second = secondShown.getDomProperty("value");
        String secondId = second.substring(0, 20);
        assertEquals("Client secret " + secondId, label(secondShown));
        assertTrue(section().getText().contains("it is shown only this once"), section().getText());
        assertEquals(2, secretsListed(clientId), "the client's box lists both secrets");
        assertEquals(Boolean.FALSE, browser.script("return [...document.querySelectorAll('input')]"
                + ".some((input) => input.value === arguments[0])", first), "the first secret is no longer shown");
        assertSecretKeptOnlyInThePage(second);
        String secondToken = accessToken(scim, clientId, second);

        String secrets = clients(scim) + "/" + clientId + "/secrets";
        assertEquals(201, http.post(secrets, ADMIN, "{}").status());
        Reply refused = http.post(secrets, ADMIN, "{}");
        assertEquals(409, refused.status(), refused.body());
        browser.press("Add secret " + clientId);
        WebElement problem = section().findElement(By.cssSelector("[role=alert]"));
        assertEquals(refused.json().path("message").asText(), problem.getText(), "the server's own message");
        assertEquals(second, shownSecret(firstId).getDomProperty("value"), "the second secret is still shown");
        assertEquals(3, secretsListed(clientId));

        browser.button("Delete secret " + firstId).click();
        browser.waitForText("Delete " + firstId + "? Its access tokens stop working at once.");
        assertEquals(3, http.get(clients(scim) + "/" + clientId, ADMIN).json().path("secrets").size(),
                "the first press deletes nothing");
        browser.press("Confirm delete secret " + firstId);
        browser.waitForText("Deleted " + firstId + " of " + clientId);
        assertEquals(2, secretsListed(clientId));
        ScimTestSupport.assertScimError(http.get(scim.path() + "/Users", firstToken), 401);
        Reply stale = tokenRequest(scim, clientId, first);
        assertEquals(401, stale.status(), stale.body());
        assertEquals("invalid_client", stale.json().path("error").asText(), stale.body());
        assertEquals(200, http.get(scim.path() + "/Users", secondToken).status(), "the other secret's token works");

        browser.button("Delete client " + clientId).click();
        browser.press("Confirm delete client " + clientId);
        browser.waitForText("No OAuth client");
        ScimTestSupport.assertScimError(http.get(scim.path() + "/Users", secondToken), 401);
        assertEquals(0, http.get(clients(scim), ADMIN).json().size());
        assertTrue(browser.driver().findElements(By.cssSelector(SECTION + " .issued input")).isEmpty(),
                "the deleted client's secret is no longer shown");
    }

    /** The client secret the section shows once: the field whose label starts "Client secret", other than one. */
    private static WebElement shownSecret(String otherThanId) {
        return browser.waiting().until(d -> d.findElements(By.cssSelector(SECTION + " .issued input")).stream()
                .filter(input -> label(input).startsWith("Client secret "))
                .filter(input -> otherThanId == null || !input.getDomProperty("value").startsWith(otherThanId))
                .findFirst().orElse(null));
    }

    /** An instant as the console shows it: "2026-12-01 20:58:19 UTC". */
    private static String when(String instant) {
        return Instant.parse(instant).toString().replace('T', ' ').replaceAll("(\\.\\d+)?Z$", " UTC");
    }

    private static String label(WebElement input) {
        return (String) browser.script("return arguments[0].labels[0].textContent", input);
    }

    private static WebElement section() {
        return browser.driver().findElement(By.cssSelector(SECTION));
    }

    /** The client's box in the list: its id and description, facts, secrets and actions. */
    private static WebElement clientBox(String clientId) {
        return section().findElement(By.xpath(".//section[contains(@class, 'client')][h3/code[normalize-space(.)="
                + Browser.literal(clientId) + "]]"));
    }

    private static int secretsListed(String clientId) {
        return clientBox(clientId).findElements(By.cssSelector("tbody tr")).size();
    }

    /** The secret is in its read-only field and nowhere else: not in the URL, storage, a cookie or a request's URL. */
    private static void assertSecretKeptOnlyInThePage(String secret) {
        assertFalse(browser.driver().getCurrentUrl().contains(secret), browser.driver().getCurrentUrl());
        assertEquals(0L, browser.script("return localStorage.length + sessionStorage.length"));
        assertEquals("", browser.script("return document.cookie"));
        assertTrue(browser.driver().manage().getCookies().isEmpty(), "no cookie");
        assertEquals(Boolean.FALSE, browser.script("return performance.getEntriesByType('resource')"
                + ".some((entry) => entry.name.includes(arguments[0]))", secret), "no request's URL holds it");
    }

    private static String clients(ScimEndpoint scim) {
        return "/api/v2/connections/" + scim.connectionId() + "/scim-configuration/clients";
    }

    /** What the IdP's token request (a form body, RFC 6749 §4.4) gets. */
    private static Reply tokenRequest(ScimEndpoint scim, String clientId, String secret) {
        return http.send("POST", scim.path() + "/oauth/token", null, OAuthClientCredentialsSuite.form(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", secret),
                OAuthClientCredentialsSuite.FORM);
    }

    private static String accessToken(ScimEndpoint scim, String clientId, String secret) {
        Reply issued = tokenRequest(scim, clientId, secret);
        assertEquals(200, issued.status(), issued.body());
        assertEquals("Bearer", issued.json().path("token_type").asText());
        String token = issued.json().path("access_token").asText();
        assertNotEquals("", token);
        return token;
    }

    @Test
    void theClientsSectionIsKeyboardUsableAndFitsAPhone() throws IOException {
        ScimEndpoint scim = ScimEndpoint.create(http, "waad", "get:users");
        Reply created = http.post(clients(scim), ADMIN, "{\"scopes\":[\"get:users\"],\"description\":\"Entra ID\"}");
        assertEquals(201, created.status(), created.body());
        String clientId = created.json().path("client_id").asText();
        assertEquals(201, http.post(clients(scim) + "/" + clientId + "/secrets", ADMIN, "{}").status());
        for (int[] size : List.of(new int[] {1280, 800}, new int[] {390, 844})) {
            browser.viewport(size[0], size[1]);
            browser.signIn(ADMIN);
            browser.open("/connections/" + scim.connectionId() + "/provisioning");
            browser.type("Description (optional)", "Okta " + size[0]);
            browser.press("Create OAuth client");
            shownSecret(null);
            String name = "oauth-clients-" + size[0] + "x" + size[1];
            if (size[0] == 1280) {
                PageChecks.assertKeyboardUsable(browser, "provisioning with OAuth clients");
                browser.button("Delete secret " + created.json().path("secret_id").asText()).click();
                PageChecks.assertKeyboardUsable(browser, "provisioning with a secret's deletion to confirm");
                browser.button("Cancel").click();
            }
            browser.script("document.getElementById('oauth-heading').scrollIntoView()");
            Path file = browser.screenshot(SCREENSHOTS.resolve(name + ".png"));
            assertTrue(Files.size(file) > 1000, file + " is a real image");
            assertEquals(List.of(), PageChecks.widerThanTheWindow(browser), name + ": only tables scroll sideways");
        }
    }
}
