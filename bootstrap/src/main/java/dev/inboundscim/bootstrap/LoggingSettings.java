package dev.inboundscim.bootstrap;

import java.util.Locale;
import java.util.logging.Level;

/**
 * The server log's settings (SPEC §7.3).
 *
 * @param format    {@code LOG_FORMAT}
 * @param threshold {@code LOG_LEVEL}: records below it are not printed
 * @param accessLog {@code ACCESS_LOG}: one line per request, printed whatever the threshold
 */
public record LoggingSettings(LogFormat format, Level threshold, boolean accessLog) {

    public static final LoggingSettings DEFAULTS = new LoggingSettings(LogFormat.TEXT, Level.INFO, false);

    /** {@code LOG_LEVEL}'s value: {@code error}, {@code warn}, {@code info} or {@code debug}. */
    static Level level(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "error" -> Level.SEVERE;
            case "warn", "warning" -> Level.WARNING;
            case "info" -> Level.INFO;
            case "debug" -> Level.FINE;
            default -> throw new IllegalArgumentException("LOG_LEVEL must be error, warn, info or debug");
        };
    }
}
