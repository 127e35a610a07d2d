package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openqa.selenium.WebElement;

/**
 * What the browser tests check on the pages they show: labels and Tab order, width, values shown as text, Copy
 * buttons.
 */
final class PageChecks {

    private PageChecks() {
    }

    /** Every input has a label, and Tab reaches exactly the page's controls, one of them with a visible outline. */
    static void assertKeyboardUsable(Browser browser, String page) {
        assertEquals(List.of(), browser.script("""
                return [...document.querySelectorAll('input, select, textarea')]
                  .filter((e) => e.type !== 'hidden')
                  .filter((e) => !([...(e.labels ?? [])].some((l) => l.textContent.trim() !== '')
                    || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby')))
                  .map((e) => e.outerHTML)"""), page + ": every control has a label");
        List<String> controls = browser.markControls();
        Browser.TabWalk walk = browser.tabThrough(controls.size());
        Set<String> expected = IntStream.range(0, controls.size()).mapToObj(String::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missed = new TreeSet<>(expected);
        missed.removeAll(walk.reached());
        assertEquals(expected, new TreeSet<>(walk.reached()), page + ": Tab reached every control; missed "
                + missed.stream().map(i -> controls.get(Integer.parseInt(i))).toList());
        assertTrue(walk.outlined(), page + ": the focused control shows an outline");
    }

    /**
     * The elements that reach past the window's right edge, other than those inside a table's scroller, and the page
     * itself when it scrolls sideways (as something positioned out of a scroller would make it).
     */
    static Object widerThanTheWindow(Browser browser) {
        return browser.script("""
                const width = document.documentElement.clientWidth;
                const wider = [...document.querySelectorAll('body *')]
                  .filter((e) => !e.closest('.table-wrap, .scroll') && e.getBoundingClientRect().right > width + 0.5)
                  .map((e) => e.tagName.toLowerCase() + '.' + e.className + ' ' + e.getBoundingClientRect().right);
                const page = document.documentElement.scrollWidth;
                return page > width ? wider.concat(['the page scrolls sideways to ' + page]) : wider;
                """);
    }

    /** The payload is on the page as text, and no element or script came of it. */
    static void assertShownAsText(Browser browser, String payload) {
        browser.waitForText(payload);
        assertEquals(0L, browser.script("return document.querySelectorAll('img').length"), "no <img> element");
        assertEquals(Boolean.TRUE, browser.script("return window.__xss === undefined"), "no script ran");
    }

    /** The Copy button beside the read-only {@code input} puts exactly the field's value on the clipboard. */
    static void assertCopyCopies(Browser browser, WebElement input, String field) {
        String value = input.getDomProperty("value");
        assertFalse(value.isEmpty(), field + " has a value");
        browser.setClipboard("nothing copied yet");
        assertEquals("Copied", browser.pressCopy(input), field + ": Copy says it copied");
        assertEquals(value, browser.clipboard(), field + ": the clipboard holds the field's value");
    }

    /** When the browser refuses the clipboard, Copy selects the field's whole text and says to press Ctrl+C. */
    static void assertCopyFallsBackToSelecting(Browser browser, WebElement input, String field) {
        browser.denyClipboard();
        try {
            assertEquals("Selected: press Ctrl+C (⌘C) to copy", browser.pressCopy(input), field);
            assertEquals(Boolean.TRUE, browser.script("const e = arguments[0]; return document.activeElement === e"
                    + " && e.value.length > 0 && e.selectionStart === 0 && e.selectionEnd === e.value.length",
                    input), field + ": the whole text is selected in the focused field");
        } finally {
            browser.grantClipboard();
        }
    }
}
