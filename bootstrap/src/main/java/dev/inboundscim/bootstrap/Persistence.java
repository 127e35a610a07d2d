package dev.inboundscim.bootstrap;

import dev.inboundscim.application.port.out.Store;

/**
 * The chosen persistence adapter: its store, a description for the log, and how to release what it opened (for the
 * embedded default, the PostgreSQL it started too).
 */
public record Persistence(String description, Store store, AutoCloseable resources) implements AutoCloseable {

    @Override
    public void close() throws Exception {
        resources.close();
    }
}
