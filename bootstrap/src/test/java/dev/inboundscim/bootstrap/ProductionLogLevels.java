package dev.inboundscim.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies the logger levels of the server's {@code logging.properties} in a test JVM, without touching its handlers,
 * so a test sees the log lines production would print and no others.
 */
final class ProductionLogLevels {

    /** JUL keeps loggers weakly: these hold the configured ones for the life of the JVM. */
    private static final List<Logger> CONFIGURED = new ArrayList<>();

    private ProductionLogLevels() {
    }

    static synchronized void apply() {
        Properties properties = new Properties();
        try (InputStream in = ProductionLogLevels.class.getResourceAsStream("/logging.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : properties.stringPropertyNames()) {
            if (key.endsWith(".level") && !key.equals(".level")) {
                Logger logger = Logger.getLogger(key.substring(0, key.length() - ".level".length()));
                logger.setLevel(Level.parse(properties.getProperty(key).strip()));
                CONFIGURED.add(logger);
            }
        }
    }
}
