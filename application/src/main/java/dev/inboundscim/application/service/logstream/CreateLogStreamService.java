package dev.inboundscim.application.service.logstream;

import dev.inboundscim.application.port.in.logstream.CreateLogStreamUseCase;
import dev.inboundscim.application.port.in.logstream.LogStreamView;
import dev.inboundscim.application.port.out.LogStreamRepository;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.logstream.HttpSink;
import dev.inboundscim.domain.logstream.LogStream;
import java.time.Clock;

/** Creates an HTTP log stream. */
public final class CreateLogStreamService implements CreateLogStreamUseCase {

    private final LogStreamRepository streams;
    private final Clock clock;

    public CreateLogStreamService(LogStreamRepository streams, Clock clock) {
        this.streams = streams;
        this.clock = clock;
    }

    @Override
    public LogStreamView create(CreateLogStreamCommand command) {
        if (!"http".equals(command.type())) {
            throw BadRequestException.invalidValue("type must be \"http\"");
        }
        HttpSink sink = HttpSink.of(command.endpoint(), command.authorization(),
                LogStreamInputs.format(command.format()));
        LogStream stream = LogStream.create(command.name(), sink, LogStreamInputs.categories(command.filters()),
                clock.instant());
        streams.insert(stream);
        return new LogStreamView(stream, 0);
    }
}
