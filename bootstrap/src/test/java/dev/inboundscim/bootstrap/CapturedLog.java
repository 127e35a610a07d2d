package dev.inboundscim.bootstrap;

import dev.inboundscim.adapter.in.http.RequestIds;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every record the JVM's loggers publish while it is open: what the server would have printed, with the id of the
 * request each was logged for (known only while it is published, as the server's own handler sees it).
 */
final class CapturedLog extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Map<LogRecord, String> requestIds = new ConcurrentHashMap<>();

    private CapturedLog() {
    }

    /** Starts capturing at the root logger. */
    static CapturedLog start() {
        CapturedLog log = new CapturedLog();
        Logger.getLogger("").addHandler(log);
        return log;
    }

    List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The id of the request {@code record} was logged for. */
    Optional<String> requestId(LogRecord record) {
        return Optional.ofNullable(requestIds.get(record));
    }

    /** {@code record} as the server prints it in {@code format}. */
    String printed(LogRecord record, LogFormat format) {
        return format.line(record, requestId(record));
    }

    /** A record as one text: its message, parameters and the whole chain of its exception. */
    static String text(LogRecord record) {
        StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                text.append(' ').append(parameter);
            }
        }
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            text.append(' ').append(t);
        }
        return text.toString();
    }

    @Override
    public void publish(LogRecord record) {
        RequestIds.current().ifPresent(id -> requestIds.put(record, id));
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
