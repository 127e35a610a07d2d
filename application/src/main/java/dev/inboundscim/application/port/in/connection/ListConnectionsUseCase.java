package dev.inboundscim.application.port.in.connection;

import java.util.List;

/** Lists every connection. */
public interface ListConnectionsUseCase {

    List<ConnectionView> list();
}
