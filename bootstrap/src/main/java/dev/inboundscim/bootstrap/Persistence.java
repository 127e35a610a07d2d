package dev.inboundscim.bootstrap;

import dev.inboundscim.application.port.out.Store;

/**
 * The chosen persistence adapter: its kind ({@code postgres}, {@code mongo} or {@code embedded-postgres}, as
 * {@code /observe/info} reports it), its store, a description for the log, and how to release what it opened (for
 * the embedded default, the PostgreSQL it started too).
 */
public record Persistence(String kind, String description, Store store, AutoCloseable resources)
        implements AutoCloseable {

    @Override
    public void close() throws Exception {
        resources.close();
    }
}
