package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inboundscim.adapter.in.http.AccessLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** SPEC §7.3's server log: {@code LOG_FORMAT}, {@code LOG_LEVEL} and {@code ACCESS_LOG}, as printed. */
class ServerLogHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aJsonLineIsOneObjectWithTheStackTraceInside() throws IOException {
        LogRecord record = new LogRecord(Level.SEVERE, "store call failed: \"quoted\"\nsecond line {0}");
        record.setLoggerName("dev.inboundscim.Somewhere");
        record.setParameters(new Object[] {"param"});
        record.setThrown(new IllegalStateException("broken", new RuntimeException("cause")));
        String line = LogFormat.JSON.line(record, Optional.of("req_1"));

        assertEquals(1, line.lines().count(), line);
        JsonNode json = JSON.readTree(line);
        assertEquals(List.of("time", "level", "logger", "message", "request_id", "error"),
                names(json.fieldNames()));
        assertEquals("error", json.path("level").asText());
        assertEquals("dev.inboundscim.Somewhere", json.path("logger").asText());
        assertEquals("store call failed: \"quoted\"\nsecond line param", json.path("message").asText());
        assertEquals("req_1", json.path("request_id").asText());
        assertTrue(json.path("error").asText().startsWith("java.lang.IllegalStateException: broken"));
        assertTrue(json.path("error").asText().contains("Caused by: java.lang.RuntimeException: cause"));
        assertEquals(record.getInstant().toString(), json.path("time").asText());
    }

    @Test
    void levelsAreNamedAsTheSpecNamesThem() {
        assertEquals("error", LogFormat.levelName(Level.SEVERE));
        assertEquals("warn", LogFormat.levelName(Level.WARNING));
        assertEquals("info", LogFormat.levelName(Level.INFO));
        assertEquals("info", LogFormat.levelName(Level.CONFIG));
        assertEquals("debug", LogFormat.levelName(Level.FINE));
        assertEquals(Level.SEVERE, LoggingSettings.level("ERROR"));
        assertEquals(Level.FINE, LoggingSettings.level("debug"));
        assertThrows(IllegalArgumentException.class, () -> LoggingSettings.level("verbose"));
        assertThrows(IllegalArgumentException.class, () -> LogFormat.named("xml"));
    }

    @Test
    void aTextLineNamesTheRequestOnlyWhenThereIsOne() {
        LogRecord record = new LogRecord(Level.WARNING, "slow store");
        record.setLoggerName("x");
        assertTrue(LogFormat.TEXT.line(record, Optional.of("req_2")).stripTrailing()
                .endsWith(" WARNING x: slow store [req_2]"));
        assertTrue(LogFormat.TEXT.line(record, Optional.empty()).stripTrailing().endsWith(" WARNING x: slow store"));
    }

    @Test
    void theThresholdDropsQuieterLinesButNeverAccessLines() {
        String printed = printedWith(new LoggingSettings(LogFormat.TEXT, Level.WARNING, true), () -> {
            Logger.getLogger("dev.inboundscim.test").info("an info line");
            Logger.getLogger("dev.inboundscim.test").fine("a debug line");
            Logger.getLogger("dev.inboundscim.test").warning("a warning line");
            Logger.getLogger(AccessLog.LOGGER).info("GET /x 200 1 ms connection=- request_id=r");
        });
        assertTrue(printed.contains("a warning line") && printed.contains("GET /x 200"), printed);
        assertTrue(!printed.contains("an info line") && !printed.contains("a debug line"), printed);

        String debug = printedWith(new LoggingSettings(LogFormat.JSON, Level.FINE, false), () -> {
            Logger.getLogger("dev.inboundscim.test").fine("a debug line");
            Logger.getLogger(AccessLog.LOGGER).info("GET /x 200 1 ms connection=- request_id=r");
        });
        assertTrue(debug.contains("\"level\":\"debug\"") && debug.contains("a debug line"), debug);
        assertTrue(!debug.contains("GET /x"), "ACCESS_LOG=false prints no access line: " + debug);
    }

    /** What the server prints while {@code logging} runs with {@code settings}; the JVM's logging is restored. */
    private static String printedWith(LoggingSettings settings, Runnable logging) {
        Logger root = Logger.getLogger("");
        Handler[] handlers = root.getHandlers();
        Level rootLevel = root.getLevel();
        Level accessLevel = Logger.getLogger(AccessLog.LOGGER).getLevel();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ServerLogHandler.install(settings, new PrintStream(out, true, StandardCharsets.UTF_8));
            logging.run();
        } finally {
            for (Handler handler : root.getHandlers()) {
                root.removeHandler(handler);
            }
            for (Handler handler : handlers) {
                root.addHandler(handler);
            }
            root.setLevel(rootLevel);
            Logger.getLogger(AccessLog.LOGGER).setLevel(accessLevel);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> names(Iterator<String> iterator) {
        List<String> names = new ArrayList<>();
        iterator.forEachRemaining(names::add);
        return names;
    }
}
