package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An operator's whole provisioning flow in a real Chromium (SPEC §8) against a real server and a real SCIM client: a
 * connection created, SCIM turned on and its endpoint URL copied, a token created and copied, what the IdP sent seen
 * on the users, groups and logs pages, the mapping edited, the token revoked.
 */
class ConsoleProvisioningBrowserTest extends BrowserTest {

    @Test
    void anOperatorSetsUpProvisioningAndSeesWhatTheIdpSent() {
        browser.signIn(ADMIN);
        String name = "okta-" + UUID.randomUUID().toString().substring(0, 8);
        String id = createConnection(name);
        browser.press("Turn SCIM on");
        assertEquals(browser.base() + "/scim/v2/connections/" + id,
                browser.field("SCIM endpoint URL").getDomProperty("value"));
        PageChecks.assertCopyCopies(browser, browser.field("SCIM endpoint URL"), "the SCIM endpoint URL");
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

    /**
     * Creates a token with the form's defaults (every scope ticked, no lifetime) and reads it from the page; its Copy
     * button puts it on the clipboard, or selects it when the browser refuses the clipboard.
     */
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
        PageChecks.assertCopyCopies(browser, shown, "the new token");
        PageChecks.assertCopyFallsBackToSelecting(browser, shown, "the new token");
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
}
