package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console's defences in a real Chromium (SPEC §8): hostile values from the API shown as text only, the admin token
 * kept out of storage, cookies, URLs and form fields, and destructive actions (deleting a connection or a user,
 * turning SCIM off) that take a second press and then really happen.
 */
class ConsoleSecurityBrowserTest extends BrowserTest {

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
    void deletingAUserTakesASecondPress() {
        ConsoleData data = ConsoleData.create(http, "Delete Co", "Dee");
        String doomed = data.userIds().getFirst();
        String path = "/api/v2/users/" + ScimTestSupport.encode(doomed);
        browser.signIn(ADMIN);
        browser.open("/users");
        browser.type("Search users", data.marker());
        browser.press("Search");
        browser.waitForText("Users 1–2 of 2");
        browser.driver().findElement(By.linkText(doomed)).click();
        browser.waitForPage("/users/" + ScimTestSupport.encode(doomed));
        browser.button("Delete user").click();
        browser.waitForText("Delete " + doomed + "?");
        assertEquals(200, http.get(path, ADMIN).status(), "the first press deletes nothing");
        browser.press("Confirm delete");
        browser.waitForPage("/users");
        browser.waitForText("Users 1–1 of 1");
        assertTrue(browser.driver().findElements(By.linkText(doomed)).isEmpty(), "gone from the list");
        assertFalse(browser.driver().findElements(By.linkText(data.userIds().get(1))).isEmpty(), "the other stays");
        assertEquals(404, http.get(path, ADMIN).status());
    }

    @Test
    void turningScimOffTakesASecondPressAndEndsEveryCredential() {
        ScimEndpoint scim = ScimEndpoint.create(http, "okta", "get:users");
        String configuration = "/api/v2/connections/" + scim.connectionId() + "/scim-configuration";
        Reply client = http.post(configuration + "/clients", ADMIN, "{\"scopes\":[\"get:users\"]}");
        assertEquals(201, client.status(), client.body());
        String clientId = client.json().path("client_id").asText();
        String secret = client.json().path("client_secret").asText();
        Reply issued = OAuthClientCredentialsSuite.tokenRequest(http, scim, OAuthClientCredentialsSuite.form(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
        assertEquals(200, issued.status(), issued.body());
        String accessToken = issued.json().path("access_token").asText();
        Reply credential = http.post(configuration + "/federated-credentials", ADMIN, "{\"issuer\":\"https://"
                + "login.microsoftonline.com/t/v2.0\",\"subject\":\"s\",\"audience\":\"a\",\"jwks_uri\":"
                + "\"https://login.microsoftonline.com/t/discovery/v2.0/keys\",\"scopes\":[\"get:users\"]}");
        assertEquals(201, credential.status(), credential.body());
        Reply ticket = http.post(configuration + "/setup-tickets", ADMIN, "{}");
        assertEquals(201, ticket.status(), ticket.body());
        browser.signIn(ADMIN);
        browser.open("/connections/" + scim.connectionId() + "/provisioning");
        for (String shown : List.of(clientId, credential.json().path("credential_id").asText(),
                ticket.json().path("ticket_id").asText())) {
            browser.waitForText(shown);
        }

        browser.button("Turn SCIM off").click();
        browser.waitForText("Turn SCIM off? The endpoint stops answering");
        assertEquals(200, http.get(configuration, ADMIN).status(), "the first press deletes nothing");
        browser.press("Confirm: turn SCIM off");
        browser.waitForText("SCIM is off: the endpoint answers 404 until it is turned on.");
        assertEquals(404, http.get(configuration, ADMIN).status(), "no SCIM configuration");
        ScimTestSupport.assertScimError(http.get(scim.path() + "/Users", scim.token()), 404);
        assertTrue(browser.driver().findElements(By.id("tokens-heading")).isEmpty(), "no token list while off");

        browser.press("Turn SCIM on");
        browser.waitForText("SCIM is on: the identity provider provisions");
        for (String empty : List.of("No token yet", "No OAuth client", "No federated credential",
                "No setup ticket.")) {
            browser.waitForText(empty);
        }
        for (String list : List.of("/tokens", "/clients", "/federated-credentials", "/setup-tickets")) {
            assertEquals(0, http.get(configuration + list, ADMIN).json().size(), list + " is empty");
        }
        ScimTestSupport.assertScimError(http.get(scim.path() + "/Users", scim.token()), 401);
        ScimTestSupport.assertScimError(http.get(scim.path() + "/Users", accessToken), 401);
        Reply stale = OAuthClientCredentialsSuite.tokenRequest(http, scim, OAuthClientCredentialsSuite.form(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
        assertEquals(401, stale.status(), "the client is gone: " + stale.body());
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
                "/connections/" + data.connectionId() + "/mapping", "/users", "/groups", "/logs", "/log-streams",
                "/event-streams")) {
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
}
