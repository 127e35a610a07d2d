package dev.inboundscim.adapter.out.postgres;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.inboundscim.domain.event.EventStreamId;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.logstream.LogStreamId;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The argument of {@code store_log_rows} ({@code V12__log_rows.sql}, {@code V20__event_streams.sql},
 * {@code V26__event_feed.sql}, {@code V27__outbox_statement_guard.sql}), written in one pass: this version's mark,
 * the entries, then the (entry, stream) and (entry, event stream) pairs of their routing and the entries that end
 * their user's sessions, in order, each as the array of its values in column order. Every SCIM request writes an
 * entry, so this is streamed straight from the entries, without a JSON tree in between. Logs record hostile requests
 * too, so NUL characters (which PostgreSQL refuses) and lone UTF-16 surrogates (which have no UTF-8 form) are
 * replaced by U+FFFD, not fatal; an absent value is a JSON null and reads as NULL.
 */
final class LogBatchJson {

    private LogBatchJson() {
    }

    static String of(List<RoutedLogEntry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * entries.size());
        try (JsonGenerator json = JsonCodec.generator(out)) {
            json.writeStartObject();
            json.writeBooleanField("feed", true);
            json.writeArrayFieldStart("entries");
            for (RoutedLogEntry routed : entries) {
                entry(json, routed.entry(), !routed.eventStreams().isEmpty());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("streams");
            for (RoutedLogEntry routed : entries) {
                for (LogStreamId stream : routed.streams()) {
                    json.writeStartArray();
                    json.writeString(routed.entry().logId());
                    json.writeString(stream.value());
                    json.writeEndArray();
                }
            }
            json.writeEndArray();
            if (entries.stream().anyMatch(routed -> !routed.eventStreams().isEmpty())) {
                json.writeArrayFieldStart("event_streams");
                for (RoutedLogEntry routed : entries) {
                    for (EventStreamId stream : routed.eventStreams()) {
                        json.writeStartArray();
                        json.writeString(routed.entry().logId());
                        json.writeString(stream.value());
                        json.writeEndArray();
                    }
                }
                json.writeEndArray();
            }
            json.writeArrayFieldStart("ends_sessions");
            for (RoutedLogEntry routed : entries) {
                if (routed.endsSessions()) {
                    json.writeStartArray();
                    json.writeString(routed.entry().logId());
                    text(json, routed.entry().userId());
                    json.writeEndArray();
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * An entry as the array of its values in the {@code logs} columns' order, and {@code true} after them when an
     * event stream collects it: its row then records its transaction, for the webhook streams' feed (V26).
     */
    private static void entry(JsonGenerator json, LogEntry entry, boolean collected) throws IOException {
        json.writeStartArray();
        json.writeString(entry.logId());
        json.writeString(entry.type().code());
        json.writeString(entry.date().toString());
        text(json, entry.connectionId());
        text(json, entry.description());
        text(json, entry.ip());
        text(json, entry.userAgent());
        text(json, entry.userId());
        value(json, entry.details() == null ? ScimObject.EMPTY : entry.details());
        if (collected) {
            json.writeBoolean(true);
        }
        json.writeEndArray();
    }

    private static void text(JsonGenerator json, String value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(clean(value));
        }
    }

    private static void value(JsonGenerator json, ScimValue value) throws IOException {
        switch (value) {
            case ScimString s -> json.writeString(clean(s.value()));
            case ScimNumber n -> json.writeNumber(n.value());
            case ScimBoolean b -> json.writeBoolean(b.value());
            case ScimNull n -> json.writeNull();
            case ScimArray a -> {
                json.writeStartArray();
                for (ScimValue element : a.values()) {
                    value(json, element);
                }
                json.writeEndArray();
            }
            case ScimObject o -> {
                json.writeStartObject();
                for (var field : o.fields().entrySet()) {
                    json.writeFieldName(clean(field.getKey()));
                    value(json, field.getValue());
                }
                json.writeEndObject();
            }
        }
    }

    /** {@code text} with NUL characters and lone surrogates replaced by U+FFFD; itself when it has none (the rule). */
    static String clean(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\0' || Character.isSurrogate(c)) {
                return replaced(text, i);
            }
        }
        return text;
    }

    private static String replaced(String text, int from) {
        StringBuilder clean = new StringBuilder(text.length()).append(text, 0, from);
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else {
                clean.append(c == '\0' || Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return clean.toString();
    }
}
