package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.logstream.HttpSink;
import java.util.List;

/** Posts log entries to a stream's HTTP endpoint. */
public interface LogSink {

    /**
     * Sends {@code entries} in order, in the sink's format; returns only when the endpoint acknowledged every one
     * (a 2xx answer). An interrupted send throws {@link InterruptedException} and counts as not delivered.
     */
    void send(HttpSink sink, List<LogEntry> entries) throws DeliveryException, InterruptedException;
}
