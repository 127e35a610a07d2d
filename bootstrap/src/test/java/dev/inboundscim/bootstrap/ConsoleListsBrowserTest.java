package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console's long lists in a real Chromium (SPEC §8): the users 25 a page and a group's members 20 a page, each
 * page holding what the server has and the pages together every one of them; the logs narrowed to a date range.
 */
class ConsoleListsBrowserTest extends BrowserTest {

    private static final int USERS = 30;

    @Test
    void theUsersAndAGroupsMembersArePaged() {
        ScimEndpoint scim = ScimEndpoint.create(http, "okta",
                "get:users post:users get:groups post:groups patch:groups");
        String marker = "p" + UUID.randomUUID().toString().substring(0, 8);
        List<String> created = new ArrayList<>();
        for (int i = 1; i <= USERS; i++) {
            created.add(ConsoleData.createUser(scim, marker + "-" + i + "@example.com", "Page"));
        }
        String groupId = ConsoleData.createGroup(scim, "Everyone " + marker, created);
        browser.signIn(ADMIN);

        browser.open("/users");
        browser.select("Connection", scim.connectionId());
        browser.press("Search");
        browser.waitForText("Users 1–25 of 30");
        List<String> first = firstCells();
        assertEquals(25, first.size());
        assertTrue(buttons("Previous page").isEmpty(), "no Previous page on the first page");
        browser.press("Next page");
        browser.waitForText("Users 26–30 of 30");
        List<String> second = firstCells();
        assertEquals(5, second.size());
        assertTrue(buttons("Next page").isEmpty(), "no Next page on the last page");
        assertEveryOneOnce(created, first, second, "users");
        browser.press("Previous page");
        browser.waitForText("Users 1–25 of 30");
        assertEquals(first, firstCells(), "Previous page shows the first page again");

        browser.open("/groups/" + groupId);
        browser.waitForText("Members 1–20 of 30");
        List<String> firstMembers = firstCells();
        assertEquals(20, firstMembers.size());
        assertTrue(buttons("First page").isEmpty(), "no First page on the first page");
        browser.press("Next page");
        browser.waitForText("Members 21–30 of 30");
        List<String> lastMembers = firstCells();
        assertEquals(10, lastMembers.size());
        assertTrue(buttons("Next page").isEmpty(), "no Next page on the last page");
        assertEveryOneOnce(created, firstMembers, lastMembers, "members");
        browser.press("First page");
        browser.waitForText("Members 1–20 of 30");
        assertEquals(firstMembers, firstCells(), "First page shows the first page again");
    }

    /** The text of each row's first cell (a user id) in the page's table. */
    private static List<String> firstCells() {
        return browser.driver().findElements(By.cssSelector("main table tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    private static List<WebElement> buttons(String text) {
        return browser.driver().findElements(By.xpath("//button[normalize-space(.)=" + Browser.literal(text) + "]"));
    }

    private static void assertEveryOneOnce(List<String> expected, List<String> first, List<String> second,
                                           String what) {
        Set<String> shown = new HashSet<>(first);
        shown.addAll(second);
        assertEquals(first.size() + second.size(), shown.size(), "no " + what + " on both pages");
        assertEquals(Set.copyOf(expected), shown, "the two pages hold every one of the " + what);
    }

    @Test
    void theLogsAreNarrowedToADateRange() {
        ConsoleData data = ConsoleData.create(http, "Range Co", "Rae");
        browser.signIn(ADMIN);
        browser.open("/logs");
        browser.select("Type", "sscim");
        browser.select("Connection", data.connectionId());

        showRange(-3 * 86_400, -2 * 86_400);
        browser.waitForText("No entry matches.");
        assertEquals(0, rows().size(), "a range that ends before the entries excludes them");
        showRange(3_600, 7_200);
        browser.waitForText("No entry matches.");
        assertEquals(0, rows().size(), "a range that starts after the entries excludes them");

        String[] range = showRange(-3_600, 3_600);
        browser.waitForText("3 entries, newest first");
        List<WebElement> rows = rows();
        assertEquals(3, rows.size(), "the two users and the group created");
        Instant from = Instant.parse(range[0]);
        Instant to = Instant.parse(range[1]);
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertEquals("201", cells.get(2).getText());
            Instant date = Instant.parse(cells.get(0).findElement(By.tagName("time")).getDomAttribute("datetime"));
            assertTrue(!date.isBefore(from) && date.isBefore(to), date + " within " + from + "–" + to);
        }
    }

    /**
     * Sets Date from and Date to to now plus these seconds, in the browser's local time (as the datetime-local
     * fields hold it), and applies the filters; the range as the UTC instants the page sends.
     */
    private static String[] showRange(long fromSeconds, long toSeconds) {
        String[] sent = new String[2];
        String[] labels = {"Date from", "Date to"};
        long[] offsets = {fromSeconds, toSeconds};
        for (int i = 0; i < 2; i++) {
            sent[i] = (String) browser.script("""
                    const at = new Date(Math.floor(Date.now() / 1000 + arguments[1]) * 1000);
                    const local = new Date(at.getTime() - at.getTimezoneOffset() * 60000);
                    arguments[0].value = local.toISOString().slice(0, 19);
                    return new Date(arguments[0].value).toISOString();
                    """, browser.field(labels[i]), offsets[i]);
        }
        browser.press("Apply filters");
        return sent;
    }

    private static List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("main table tbody tr"));
    }
}
