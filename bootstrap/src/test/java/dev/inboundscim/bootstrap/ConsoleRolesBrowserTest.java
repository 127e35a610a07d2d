package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Roles in the console (SPEC §8, §12), in a real Chromium: the roles page creates and deletes roles, a group's page
 * assigns and removes its roles, and a user's page shows its effective roles with where each comes from.
 */
class ConsoleRolesBrowserTest extends BrowserTest {

    @Test
    void createsRolesAssignsThemToAGroupAndShowsAUsersRolesWithTheirSources() {
        ScimEndpoint scim = ScimEndpoint.create(http, "okta",
                "get:users post:users get:groups post:groups patch:groups");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String ada = ConsoleData.createUser(scim, "ada-" + tag + "@example.com", "Ada");
        String groupId = ConsoleData.createGroup(scim, "Engineers " + tag, ada);
        Reply viewer = http.post("/api/v2/roles", ADMIN, "{\"name\":\"Viewer-" + tag + "\"}");
        assertEquals(201, viewer.status(), viewer.body());
        Reply direct = http.post("/api/v2/users/" + ScimTestSupport.encode(ada) + "/roles", ADMIN,
                "{\"roles\":[\"" + viewer.json().path("id").asText() + "\"]}");
        assertEquals(204, direct.status(), direct.body());
        browser.signIn(ADMIN);

        browser.open("/roles");
        browser.type("Name", "Deployer-" + tag);
        browser.type("Description", "Deploys " + tag);
        browser.press("Create role");
        browser.waitForText("Created Deployer-" + tag + ".");
        assertTrue(rows().stream().anyMatch(row -> row.startsWith("Deployer-" + tag + " Deploys " + tag)), rows()
                .toString());

        browser.open("/groups/" + groupId);
        browser.waitForText("The group holds no role.");
        browser.select("Role to assign", roleId("Deployer-" + tag));
        browser.press("Assign role");
        browser.waitForText("Deployer-" + tag);
        assertEquals(1, http.get("/api/v2/groups/" + groupId + "/roles", ADMIN).json().size());

        browser.open("/users/" + ScimTestSupport.encode(ada));
        String roles = browser.driver().findElement(By.cssSelector("section[aria-labelledby=user-roles]")).getText();
        assertTrue(roles.contains("Deployer-" + tag + "\nGroup " + groupId), roles);
        assertTrue(roles.contains("Viewer-" + tag + "\nAssigned directly"), roles);
        browser.driver().findElement(By.linkText(groupId)).click();
        browser.waitForPage("/groups/" + groupId);

        browser.press("Remove Deployer-" + tag);
        browser.waitForText("The group holds no role.");
        assertEquals(0, http.get("/api/v2/groups/" + groupId + "/roles", ADMIN).json().size());

        browser.open("/roles");
        browser.press("Delete Viewer-" + tag);
        browser.press("Confirm delete");
        browser.waitForText("Deleted Viewer-" + tag + ".");
        assertFalse(rows().stream().anyMatch(row -> row.startsWith("Viewer-" + tag)), rows().toString());
        assertEquals(0, http.get("/api/v2/users/" + ScimTestSupport.encode(ada) + "/roles", ADMIN).json().size());
    }

    private static String roleId(String name) {
        for (JsonNode role : http.get("/api/v2/roles?per_page=100", ADMIN).json()) {
            if (role.path("name").asText().equals(name)) {
                return role.path("id").asText();
            }
        }
        throw new AssertionError("no role " + name);
    }

    private static List<String> rows() {
        return browser.driver().findElements(By.cssSelector("main table tbody tr")).stream()
                .map(WebElement::getText).toList();
    }
}
