package dev.inboundscim.application.port.in.logstream;

/** Deletes a log stream with every entry still waiting for it. */
public interface DeleteLogStreamUseCase {

    void delete(String id);
}
