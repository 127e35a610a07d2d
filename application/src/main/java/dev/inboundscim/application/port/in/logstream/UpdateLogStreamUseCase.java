package dev.inboundscim.application.port.in.logstream;

import dev.inboundscim.domain.logstream.LogStreamId;
import java.util.List;

/**
 * Changes a stream's name, status ({@code active} or {@code paused}), sink or filters; absent fields are left
 * alone, and an empty {@code authorization} removes the header.
 */
public interface UpdateLogStreamUseCase {

    LogStreamView update(UpdateLogStreamCommand command);

    record UpdateLogStreamCommand(LogStreamId id, String name, String status, String endpoint, String authorization,
                                  String format, List<FilterInput> filters) {
    }
}
