package dev.inboundscim.bootstrap;

import java.util.List;

/** What the server prints while this is open, one node or several. */
interface ServerLog extends AutoCloseable {

    /** The lines printed so far, as text: a record's message, parameters and exceptions. */
    List<String> lines();

    @Override
    default void close() {
    }

    /** What the loggers of this JVM publish, where the server runs inside it. */
    static ServerLog ofThisJvm() {
        CapturedLog log = CapturedLog.start();
        return new ServerLog() {
            @Override
            public List<String> lines() {
                return log.records().stream().map(CapturedLog::text).toList();
            }

            @Override
            public void close() {
                log.close();
            }
        };
    }
}
