package dev.inboundscim.application.service.logstream;

import dev.inboundscim.application.port.in.logstream.LogStreamView;
import dev.inboundscim.application.port.in.logstream.UpdateLogStreamUseCase;
import dev.inboundscim.application.port.out.LogStreamRepository;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.id.ResourceName;
import dev.inboundscim.domain.logstream.HttpSink;
import dev.inboundscim.domain.logstream.LogStream;
import java.time.Clock;

/**
 * Changes a stream's settings. The write is conditional on the version read, and is redone on a fresh read when
 * the delivery suspended the stream (or another request changed it) in between, so no change undoes another.
 */
public final class UpdateLogStreamService implements UpdateLogStreamUseCase {

    private static final int ATTEMPTS = 5;

    private final LogStreamRepository streams;
    private final Clock clock;

    public UpdateLogStreamService(LogStreamRepository streams, Clock clock) {
        this.streams = streams;
        this.clock = clock;
    }

    @Override
    public LogStreamView update(UpdateLogStreamCommand command) {
        for (int attempt = 1; ; attempt++) {
            LogStream current = LogStreamInputs.require(streams, command.id());
            LogStream updated = apply(current, command);
            try {
                streams.update(updated);
                return new LogStreamView(updated, streams.pendingCount(updated.id()));
            } catch (PreconditionFailedException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private LogStream apply(LogStream current, UpdateLogStreamCommand command) {
        HttpSink sink = current.sink();
        HttpSink newSink = new HttpSink(
                command.endpoint() == null ? sink.endpoint() : HttpSink.endpoint(command.endpoint()),
                command.authorization() == null ? sink.authorization() : HttpSink.authorization(command.authorization()),
                command.format() == null ? sink.format() : LogStreamInputs.format(command.format()));
        return current.withSettings(
                command.name() == null ? current.name() : ResourceName.require(command.name()),
                command.status() == null ? current.status() : LogStreamInputs.requestedStatus(command.status()),
                newSink,
                command.filters() == null ? current.categories() : LogStreamInputs.categories(command.filters()),
                clock.instant());
    }
}
