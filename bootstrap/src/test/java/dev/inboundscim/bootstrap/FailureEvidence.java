package dev.inboundscim.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** A failed browser test leaves what the browser showed: {@code failed-<test>.png} and {@code .txt} (URL, text). */
final class FailureEvidence implements TestWatcher {

    private final Supplier<Browser> browser;
    private final Path folder;

    FailureEvidence(Supplier<Browser> browser, Path folder) {
        this.browser = browser;
        this.folder = folder;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser shown = browser.get();
        if (shown == null) {
            return;
        }
        String name = "failed-" + context.getRequiredTestMethod().getName();
        shown.screenshot(folder.resolve(name + ".png"));
        try {
            Files.writeString(folder.resolve(name + ".txt"), shown.driver().getCurrentUrl() + "\n" + shown.text());
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
