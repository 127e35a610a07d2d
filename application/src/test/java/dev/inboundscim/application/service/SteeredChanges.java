package dev.inboundscim.application.service;

import dev.inboundscim.application.port.out.SettingsChanges;

/** A store's change feed as a test steers it: live, at version 0, until the test says otherwise. */
public final class SteeredChanges implements SettingsChanges {

    public volatile long version;
    public volatile boolean live = true;

    @Override
    public long version() {
        return version;
    }

    @Override
    public boolean live() {
        return live;
    }
}
