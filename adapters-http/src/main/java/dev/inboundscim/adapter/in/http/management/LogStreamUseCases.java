package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.logstream.CreateLogStreamUseCase;
import dev.inboundscim.application.port.in.logstream.DeleteLogStreamUseCase;
import dev.inboundscim.application.port.in.logstream.GetLogStreamUseCase;
import dev.inboundscim.application.port.in.logstream.ListLogStreamsUseCase;
import dev.inboundscim.application.port.in.logstream.UpdateLogStreamUseCase;

/** The use cases of {@code /log-streams}. */
public record LogStreamUseCases(CreateLogStreamUseCase create, ListLogStreamsUseCase list, GetLogStreamUseCase get,
                                UpdateLogStreamUseCase update, DeleteLogStreamUseCase delete) {
}
