package dev.inboundscim.application.port.in.connection;

/** Reads one connection; 404 when absent. */
public interface GetConnectionUseCase {

    ConnectionView get(String connectionId);
}
