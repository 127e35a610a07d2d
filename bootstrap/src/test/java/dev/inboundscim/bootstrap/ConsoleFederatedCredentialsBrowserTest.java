package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Federated credentials on the Provisioning tab in a real Chromium (SPEC §9, Entra's workload identity federation):
 * the identity admin creates one in the console with a simulated Entra's values; Entra (a real HTTP client posting
 * assertions signed with the keys its JWKS endpoint publishes) gets an access token at the token endpoint and
 * provisions with it; a credential the server refuses shows its message and is not stored; deleting the credential
 * in the console ends its token at once. The section is keyboard usable and fits a phone.
 */
class ConsoleFederatedCredentialsBrowserTest extends BrowserTest {

    private static final String SECTION = "section[aria-labelledby=federated-heading]";

    private static SimulatedEntra entra;

    @BeforeAll
    static void startEntra() {
        entra = SimulatedEntra.start();
    }

    @AfterAll
    static void stopEntra() {
        entra.close();
    }

    @Test
    void entraUsesACredentialMadeInTheConsoleUntilItIsDeleted() throws Exception {
        ScimEndpoint scim = ScimEndpoint.create(http, "waad", "get:users");
        String subject = UUID.randomUUID().toString();
        String audience = "api://inbound-scim/" + scim.connectionId();
        browser.signIn(ADMIN);
        browser.open("/connections/" + scim.connectionId() + "/provisioning");
        List<WebElement> scopes = browser.driver().findElements(By.cssSelector("fieldset.federated-scopes input"));
        assertEquals(10, scopes.size());
        assertTrue(scopes.stream().allMatch(WebElement::isSelected), "every scope is ticked by default");
        assertTrue(section().getText().contains("https://login.microsoftonline.com/<tenant id>/v2.0")
                && section().getText().contains("https://login.microsoftonline.com/<tenant id>/discovery/v2.0/keys"),
                "it says which Entra values go where: " + section().getText());
        assertTrue(section().getText().contains("No federated credential"), section().getText());

        fillIn(entra.issuer(), subject, audience, entra.jwksUri());
        browser.press("Create federated credential");
        browser.waitForText("Created fcr_");
        JsonNode stored = http.get(credentials(scim), ADMIN).json();
        assertEquals(1, stored.size(), stored.toString());
        JsonNode credential = stored.path(0);
        String id = credential.path("credential_id").asText();
        assertTrue(id.matches("fcr_[A-Za-z0-9]{16}"), id);
        assertEquals(List.of(entra.issuer(), subject, audience, entra.jwksUri(), "10"), List.of(
                credential.path("issuer").asText(), credential.path("subject").asText(),
                credential.path("audience").asText(), credential.path("jwks_uri").asText(),
                String.valueOf(credential.path("scopes").size())), "the API holds what was typed, every scope");
        assertEquals(Map.of("Issuer", entra.issuer(), "Subject", subject, "Audience", audience, "JWKS URL",
                entra.jwksUri(), "Scopes", "All 10 scopes", "Created", when(credential.path("created_at").asText()),
                "Last used", "Never used"), facts(id));
        assertEquals("", browser.field("Subject").getDomProperty("value"), "the form is empty again");

        Reply issued = SimulatedEntra.exchange(http, scim, entra.assertion(subject, audience));
        assertEquals(200, issued.status(), issued.body());
        assertEquals(10, issued.json().path("scope").asText().split(" ").length, "the credential's scopes");
        String accessToken = issued.json().path("access_token").asText();
        assertEquals(200, http.get(scim.path() + "/Users", accessToken).status());

        browser.signIn(ADMIN);
        browser.open("/connections/" + scim.connectionId() + "/provisioning");
        String lastUsed = http.get(credentials(scim) + "/" + id, ADMIN).json().path("last_used_at").asText();
        assertEquals(when(lastUsed), facts(id).get("Last used"), "after a reload, when Entra last got a token");

        ObjectNode refusedBody = HttpClientSupport.JSON.createObjectNode().put("issuer", entra.issuer())
                .put("subject", "another").put("audience", audience).put("jwks_uri", "http://example.com/keys");
        refusedBody.putArray("scopes").add("get:users");
        Reply refused = http.post(credentials(scim), ADMIN, refusedBody.toString());
        assertEquals(400, refused.status(), refused.body());
        fillIn(entra.issuer(), "another", audience, "http://example.com/keys");
        browser.press("Create federated credential");
        WebElement problem = section().findElement(By.cssSelector("[role=alert]"));
        assertEquals(refused.json().path("message").asText(), problem.getText(), "the server's own message");
        assertEquals(1, http.get(credentials(scim), ADMIN).json().size(), "nothing was created");
        assertEquals(1, section().findElements(By.cssSelector("section.credential")).size());
        assertEquals("http://example.com/keys", browser.field("JWKS URL").getDomProperty("value"),
                "the refused values stay in the form to correct");

        browser.button("Delete credential " + id).click();
        browser.waitForText("Delete " + id + "? Its access tokens stop working at once.");
        assertEquals(200, http.get(credentials(scim) + "/" + id, ADMIN).status(), "the first press deletes nothing");
        browser.press("Confirm delete credential " + id);
        browser.waitForText("Deleted " + id + ": its access tokens no longer work.");
        browser.waitForText("No federated credential");
        ScimTestSupport.assertScimError(http.get(scim.path() + "/Users", accessToken), 401);
        assertEquals(404, http.get(credentials(scim) + "/" + id, ADMIN).status());
        Reply again = SimulatedEntra.exchange(http, scim, entra.assertion(subject, audience));
        assertEquals(401, again.status(), "no new token either: " + again.body());
        assertEquals("invalid_client", again.json().path("error").asText());
    }

    private static void fillIn(String issuer, String subject, String audience, String jwksUri) {
        browser.type("Issuer", issuer);
        browser.type("Subject", subject);
        browser.type("Audience", audience);
        browser.type("JWKS URL", jwksUri);
    }

    private static WebElement section() {
        return browser.driver().findElement(By.cssSelector(SECTION));
    }

    /** What the credential's box shows, term by term. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> facts(String id) {
        WebElement box = section().findElement(By.xpath(".//section[contains(@class, 'credential')][h3/code["
                + "normalize-space(.)=" + Browser.literal(id) + "]]"));
        return (Map<String, String>) browser.script("return Object.fromEntries([...arguments[0]"
                + ".querySelectorAll('.fact')].map((f) => [f.querySelector('dt').textContent,"
                + " f.querySelector('dd').textContent]))", box);
    }

    /** An instant as the console shows it: "2026-12-01 20:58:19 UTC". */
    private static String when(String instant) {
        return Instant.parse(instant).toString().replace('T', ' ').replaceAll("(\\.\\d+)?Z$", " UTC");
    }

    private static String credentials(ScimEndpoint scim) {
        return "/api/v2/connections/" + scim.connectionId() + "/scim-configuration/federated-credentials";
    }

    @Test
    void theCredentialsSectionIsKeyboardUsableAndFitsAPhone() throws IOException {
        ScimEndpoint scim = ScimEndpoint.create(http, "waad", "get:users");
        ObjectNode body = HttpClientSupport.JSON.createObjectNode().put("issuer", entra.issuer())
                .put("subject", UUID.randomUUID().toString()).put("audience", "api://AzureADTokenExchange")
                .put("jwks_uri", "https://login.microsoftonline.com/" + entra.tenant() + "/discovery/v2.0/keys");
        body.putArray("scopes").add("get:users").add("post:users").add("patch:users");
        Reply created = http.post(credentials(scim), ADMIN, body.toString());
        assertEquals(201, created.status(), created.body());
        String id = created.json().path("credential_id").asText();
        for (int[] size : List.of(new int[] {1280, 800}, new int[] {390, 844})) {
            browser.viewport(size[0], size[1]);
            browser.signIn(ADMIN);
            browser.open("/connections/" + scim.connectionId() + "/provisioning");
            assertEquals("get:users, patch:users, post:users", facts(id).get("Scopes"));
            String name = "federated-credentials-" + size[0] + "x" + size[1];
            if (size[0] == 1280) {
                PageChecks.assertKeyboardUsable(browser, "provisioning with federated credentials");
                browser.button("Delete credential " + id).click();
                PageChecks.assertKeyboardUsable(browser, "provisioning with a credential's deletion to confirm");
                browser.button("Cancel").click();
            }
            browser.script("document.getElementById('federated-heading').scrollIntoView()");
            Path file = browser.screenshot(SCREENSHOTS.resolve(name + ".png"));
            assertTrue(Files.size(file) > 1000, file + " is a real image");
            assertEquals(List.of(), PageChecks.widerThanTheWindow(browser), name + ": only tables scroll sideways");
        }
        assertEquals(200, http.get(credentials(scim) + "/" + id, ADMIN).status(), "Cancel deleted nothing");
    }
}
