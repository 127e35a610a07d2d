package dev.inboundscim.application.port.in.logstream;

import java.util.List;

/** Creates an active log stream; it receives the entries stored from then on. */
public interface CreateLogStreamUseCase {

    LogStreamView create(CreateLogStreamCommand command);

    /** {@code type} must be {@code http}; {@code format} defaults to {@code JSONARRAY}; no filters: every entry. */
    record CreateLogStreamCommand(String name, String type, String endpoint, String authorization, String format,
                                  List<FilterInput> filters) {
    }
}
