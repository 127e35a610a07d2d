package dev.inboundscim.application.port.in.logstream;

/** Reads one log stream. */
public interface GetLogStreamUseCase {

    LogStreamView get(String id);
}
