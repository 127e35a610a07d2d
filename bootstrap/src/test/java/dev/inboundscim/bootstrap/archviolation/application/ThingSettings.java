package dev.inboundscim.bootstrap.archviolation.application;

/** A settings record at the application root, like {@code ScimSettings}. */
public record ThingSettings(int maxNameLength) {
}
