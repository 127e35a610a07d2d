package dev.inboundscim.bootstrap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/** How the server prints a log record (SPEC §7.3, {@code LOG_FORMAT}): one line of text, or one JSON object a line. */
public enum LogFormat {

    /** {@code 2026.12.01 18:00:00 INFO logger: message [request_id]}, then the stack trace if there is one. */
    TEXT {
        @Override
        String line(LogRecord record, Optional<String> requestId) {
            StringBuilder line = new StringBuilder(160)
                    .append(TEXT_TIME.format(record.getInstant())).append(' ')
                    .append(record.getLevel().getName()).append(' ')
                    .append(record.getLoggerName()).append(": ")
                    .append(MESSAGES.formatMessage(record));
            requestId.ifPresent(id -> line.append(" [").append(id).append(']'));
            if (record.getThrown() != null) {
                line.append(System.lineSeparator()).append(stackTrace(record.getThrown()).stripTrailing());
            }
            return line.append(System.lineSeparator()).toString();
        }
    },

    /** {@code {"time","level","logger","message","request_id"?,"error"?}} on one line: the stack trace inside. */
    JSON {
        @Override
        String line(LogRecord record, Optional<String> requestId) {
            StringWriter out = new StringWriter(256);
            try (JsonGenerator json = JSON_FACTORY.createGenerator(out)) {
                json.writeStartObject();
                json.writeStringField("time", record.getInstant().toString());
                json.writeStringField("level", levelName(record.getLevel()));
                json.writeStringField("logger", record.getLoggerName());
                json.writeStringField("message", MESSAGES.formatMessage(record));
                if (requestId.isPresent()) {
                    json.writeStringField("request_id", requestId.get());
                }
                if (record.getThrown() != null) {
                    json.writeStringField("error", stackTrace(record.getThrown()));
                }
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.append('\n').toString();
        }
    };

    private static final DateTimeFormatter TEXT_TIME =
            DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());
    private static final JsonFactory JSON_FACTORY = new JsonFactory();
    /** Only for {@link Formatter#formatMessage}: a message's parameters and bundle, as the JDK applies them. */
    private static final Formatter MESSAGES = new Formatter() {
        @Override
        public String format(LogRecord record) {
            return formatMessage(record);
        }
    };

    /** The record as this format prints it, ending with a line break. */
    abstract String line(LogRecord record, Optional<String> requestId);

    /** {@code LOG_FORMAT}'s value: {@code text} or {@code json}. */
    static LogFormat named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "text" -> TEXT;
            case "json" -> JSON;
            default -> throw new IllegalArgumentException("LOG_FORMAT must be text or json");
        };
    }

    /** SPEC §7.3's level names: error, warn, info, debug. */
    static String levelName(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return "error";
        }
        if (value >= Level.WARNING.intValue()) {
            return "warn";
        }
        return value >= Level.CONFIG.intValue() ? "info" : "debug";
    }

    private static String stackTrace(Throwable thrown) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
