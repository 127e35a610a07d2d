package dev.inboundscim.application.service.log;

import dev.inboundscim.domain.log.LogEntry;

/** Where the use cases of requests that change nothing (reads, failures, logins) leave their log entry. */
@FunctionalInterface
public interface LogWriter {

    void append(LogEntry entry);
}
