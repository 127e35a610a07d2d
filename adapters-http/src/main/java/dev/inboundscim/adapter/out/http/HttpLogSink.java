package dev.inboundscim.adapter.out.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.application.port.out.DeliveryException;
import dev.inboundscim.application.port.out.LogSink;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.logstream.HttpSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * Posts log entries, each as Auth0's log streams send them: {@code {"log_id": …,
 * "data": <the entry as GET /api/v2/logs shows it>}}, through {@link HttpPoster}.
 */
public final class HttpLogSink implements LogSink {

    private final HttpPoster poster = new HttpPoster("inbound-scim-server log stream");
    private final ObjectMapper mapper;
    private final Function<LogEntry, Object> data;

    /** {@code data} renders one entry as the Management API does. */
    public HttpLogSink(ObjectMapper mapper, Function<LogEntry, Object> data) {
        this.mapper = mapper;
        this.data = data;
    }

    @Override
    public void send(HttpSink sink, List<LogEntry> entries) throws DeliveryException, InterruptedException {
        switch (sink.format()) {
            case JSONARRAY -> post(sink, bytes(entries.stream().map(this::event).toList()));
            case JSONLINES -> post(sink, lines(entries));
            case JSONOBJECT -> {
                for (LogEntry entry : entries) {
                    post(sink, bytes(event(entry)));
                }
            }
        }
    }

    private ObjectNode event(LogEntry entry) {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("log_id", entry.logId());
        try {
            event.set("data", mapper.valueToTree(data.apply(entry)));
        } catch (RuntimeException | StackOverflowError e) {
            // One entry that cannot be rendered must not hold back the stream behind it: it goes out as its
            // identity and a note, in its place, and the entries after it follow.
            ObjectNode stub = event.putObject("data");
            stub.put("log_id", entry.logId());
            stub.put("type", entry.type().code());
            stub.put("date", entry.date().toString());
            stub.put("connection_id", entry.connectionId());
            stub.put("description", "This log entry could not be rendered (" + e.getClass().getSimpleName() + ")");
        }
        return event;
    }

    private byte[] lines(List<LogEntry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (LogEntry entry : entries) {
            out.writeBytes(bytes(event(entry)));
            out.write('\n');
        }
        return out.toByteArray();
    }

    private byte[] bytes(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("a log entry cannot be written as JSON", e);
        }
    }

    private void post(HttpSink sink, byte[] body) throws DeliveryException, InterruptedException {
        poster.post(sink.endpoint(), "application/json", body, sink.authorization());
    }
}
