package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Selenium, at one server's console. It finds controls the way a person does,
 * by their label or their text, so a control without a label cannot be used by the tests either.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /**
     * How often a wait looks again. Selenium's default, 500 ms, is most of the time a page takes here: the browser
     * tests spent about half their run asleep in waits whose condition held a few milliseconds in.
     */
    private static final Duration LOOK_AGAIN = Duration.ofMillis(25);

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
        this.wait = new WebDriverWait(driver, PATIENCE, LOOK_AGAIN);
    }

    /** Starts Chromium with a fresh profile; fails (never skips) when Chromium or its driver is not installed. */
    static Browser start(int port) {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the console's browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                        + ": install Debian's chromium and chromium-driver "
                        + "(apt-get update && apt-get install -y chromium chromium-driver)");
        // Selenium Manager would otherwise try to download a driver.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        try {
            Path profile = Files.createTempDirectory("console-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // Without the networking flags Chromium keeps trying to reach hosts this machine cannot (STACK.md).
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile);
            return new Browser(new ChromeDriver(options), profile, "http://localhost:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String base() {
        return base;
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return wait;
    }

    /** Loads the console afresh (which forgets any token) and waits for the sign-in form. */
    void load() {
        driver.get(base + "/console");
        wait.until(d -> d.findElements(By.id("admin-token")).size() == 1);
    }

    /** Loads the console and signs in; the connections page is shown. */
    void signIn(String token) {
        load();
        field("Admin token").sendKeys(token);
        button("Sign in").click();
        waitForPage("/connections");
    }

    /** Goes to a page by its hash route ({@code /users}) and waits until it has its data. */
    void open(String route) {
        script("location.hash = arguments[0]", "#" + route);
        waitForPage(route);
    }

    /** Waits until the page of {@code route} is shown and no longer busy loading. */
    void waitForPage(String route) {
        wait.until(d -> Boolean.TRUE.equals(script("const page = document.querySelector('main .page');"
                + "return page !== null && page.dataset.route === arguments[0] && !page.hasAttribute('aria-busy')",
                route)));
    }

    /** The visible control whose label reads exactly {@code label}. */
    WebElement field(String label) {
        WebElement element = wait.until(d -> {
            List<WebElement> labels = d.findElements(By.xpath("//label[normalize-space(.)=" + literal(label) + "]"));
            return labels.isEmpty() ? null : labels.getLast();
        });
        return driver.findElement(By.id(element.getDomAttribute("for")));
    }

    /** The visible button whose text reads exactly {@code text}. */
    WebElement button(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space(.)=" + literal(text) + "]")));
    }

    /** Presses a button and waits until what it refreshes is no longer busy (aria-busy) loading. */
    void press(String text) {
        button(text).click();
        settle();
    }

    /** Waits until nothing in the page is busy (aria-busy) loading. */
    void settle() {
        wait.until(d -> Boolean.TRUE.equals(script("return document.querySelector('main [aria-busy]') === null")));
    }

    void select(String label, String value) {
        new Select(field(label)).selectByValue(value);
    }

    void type(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
    }

    /** Waits until the page's text contains {@code text}. */
    void waitForText(String text) {
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }

    /**
     * Lets the console's origin read and write the clipboard (Chrome DevTools Protocol), so that a Copy button writes
     * it without a prompt and {@link #clipboard} reads it back.
     */
    void grantClipboard() {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", base,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    /** Refuses the console's origin the clipboard, as a browser may: Copy must then select the text instead. */
    void denyClipboard() {
        for (String name : List.of("clipboard-write", "clipboard-read")) {
            driver.executeCdpCommand("Browser.setPermission", Map.of("origin", base,
                    "permission", Map.of("name", name), "setting", "denied"));
        }
    }

    /** The clipboard's text as the page reads it ({@code navigator.clipboard.readText()}), or why it could not. */
    String clipboard() {
        return (String) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                navigator.clipboard.readText().then(done, (error) => done('refused: ' + error));
                """);
    }

    /** Puts {@code text} on the clipboard from the page, so that what a Copy button writes can be told from it. */
    void setClipboard(String text) {
        assertEquals("written", driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                navigator.clipboard.writeText(arguments[0]).then(() => done('written'),
                  (error) => done('refused: ' + error));
                """, text));
    }

    /**
     * Presses the Copy button beside the read-only {@code input} (a copy field) and waits for what it says: "Copied",
     * or that the text is selected for the operator to copy.
     */
    String pressCopy(WebElement input) {
        WebElement copyField = input.findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '),"
                + " ' copy-field ')]"));
        WebElement status = copyField.findElement(By.cssSelector("[role=status]"));
        script("arguments[0].replaceChildren()", status);
        copyField.findElement(By.xpath(".//button[normalize-space(.)='Copy']")).click();
        return wait.until(d -> status.getText().isEmpty() ? null : status.getText());
    }

    /** Sets the viewport (not the window) to exactly {@code width} × {@code height} CSS pixels. */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
        assertEquals(List.of((long) width, (long) height), script("return [innerWidth, innerHeight]"));
    }

    /** Saves what the viewport shows as a PNG. */
    Path screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The controls of the page a keyboard should reach, each marked with its position: native controls and anything
     * with a non-negative tabindex that is shown and enabled.
     */
    @SuppressWarnings("unchecked")
    List<String> markControls() {
        return (List<String>) script("""
                const controls = [...document.querySelectorAll(
                    'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')]
                  .filter((e) => !e.disabled && e.type !== 'hidden' && e.getClientRects().length > 0
                    && getComputedStyle(e).visibility !== 'hidden');
                controls.forEach((e, i) => e.setAttribute('data-tab-key', String(i)));
                return controls.map((e) => e.tagName.toLowerCase() + ' "' + ((e.labels && e.labels[0]
                  ? e.labels[0].textContent : e.textContent) || e.getAttribute('aria-label') || '').trim() + '"');
                """);
    }

    /**
     * Presses Tab until focus comes back to the first control it reached; what it reached, by the positions
     * {@link #markControls} gave (an unmarked element as {@code other:<tag>}), and whether one of them showed an
     * outline.
     */
    TabWalk tabThrough(int controls) {
        script("document.activeElement && document.activeElement.blur()");
        Set<String> reached = new LinkedHashSet<>();
        boolean outlined = false;
        String first = null;
        String previous = null;
        for (int step = 0; step < 3 * controls + 10; step++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            @SuppressWarnings("unchecked")
            List<Object> focused = (List<Object>) script("""
                    const e = document.activeElement;
                    if (!e || e === document.body) { return null; }
                    const style = getComputedStyle(e);
                    return [e.getAttribute('data-tab-key') ?? ('other:' + e.tagName.toLowerCase()),
                      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0];
                    """);
            if (focused == null) {
                previous = null;
                continue;
            }
            String key = (String) focused.get(0);
            if (key.equals(first) && !key.equals(previous)) {
                break;
            }
            first = first == null ? key : first;
            previous = key;
            reached.add(key);
            outlined |= (Boolean) focused.get(1);
        }
        return new TabWalk(reached, outlined);
    }

    /** What a walk with Tab reached. */
    record TabWalk(Set<String> reached, boolean outlined) {
    }

    /** An XPath string literal of {@code text} (which may hold either quote). */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
    }
}
