package dev.inboundscim.bootstrap;

import dev.inboundscim.adapter.in.http.AccessLog;
import dev.inboundscim.adapter.in.http.RequestIds;
import java.io.PrintStream;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Prints the server's log records on standard output in the chosen {@link LogFormat}, each with the id of the request
 * being handled when it was logged (known only on that thread, so the line is made at once). Records below the
 * threshold are dropped, except access lines, which {@code ACCESS_LOG=true} asked for.
 */
final class ServerLogHandler extends Handler {

    private final LoggingSettings settings;
    private final PrintStream out;

    private ServerLogHandler(LoggingSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** Replaces the root logger's handlers by one printing as {@code settings} say, on {@code out}. */
    static void install(LoggingSettings settings, PrintStream out) {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.setLevel(settings.threshold());
        // Access lines are INFO; their logger keeps that level whatever LOG_LEVEL says.
        Logger.getLogger(AccessLog.LOGGER).setLevel(settings.accessLog() ? Level.INFO : Level.OFF);
        root.addHandler(new ServerLogHandler(settings, out));
    }

    @Override
    public void publish(LogRecord record) {
        if (!printed(record)) {
            return;
        }
        String line = settings.format().line(record, RequestIds.current());
        synchronized (out) {
            out.print(line);
            out.flush();
        }
    }

    private boolean printed(LogRecord record) {
        return record.getLevel().intValue() >= settings.threshold().intValue()
                || AccessLog.LOGGER.equals(record.getLoggerName());
    }

    @Override
    public void flush() {
        out.flush();
    }

    /** Standard output stays open: the JVM's last lines may still be printed after the log manager closes us. */
    @Override
    public void close() {
        out.flush();
    }
}
