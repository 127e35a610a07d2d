package dev.inboundscim.domain.group;

import dev.inboundscim.domain.error.BadRequestException;

/** The limits on a group's text attributes: every store can index and keep them (no NUL, bounded length). */
public final class GroupText {

    public static final int MAX_LENGTH = 1024;

    private GroupText() {
    }

    public static String requireDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw BadRequestException.invalidValue("displayName is required and must be a non-empty string");
        }
        return require("displayName", displayName);
    }

    public static String requireExternalId(String externalId) {
        return externalId == null ? null : require("externalId", externalId);
    }

    private static String require(String name, String value) {
        if (value.length() > MAX_LENGTH) {
            throw BadRequestException.invalidValue(name + " must be at most " + MAX_LENGTH + " characters");
        }
        if (value.indexOf('\0') >= 0) {
            throw BadRequestException.invalidValue(name + " must not contain the NUL character");
        }
        return value;
    }
}
