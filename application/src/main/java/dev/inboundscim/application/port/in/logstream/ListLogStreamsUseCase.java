package dev.inboundscim.application.port.in.logstream;

import java.util.List;

/** Lists every log stream in creation order. */
public interface ListLogStreamsUseCase {

    List<LogStreamView> list();
}
