package dev.inboundscim.domain.user;

import dev.inboundscim.domain.error.BadRequestException;

/**
 * The canonical ({@link CanonicalForm}) values a user must be unique on within its connection: the SCIM
 * {@code userName} (null when the mapping does not keep it) and the value of the connection's user-id attribute.
 */
public record UserKeys(String userName, String userIdAttribute) {

    /**
     * Longest userName accepted, in characters. Stores index these keys (a PostgreSQL B-tree entry holds about
     * 2.7 KB), and no directory issues longer names.
     */
    public static final int MAX_USER_NAME = 512;
    /** Longest user-id attribute value: it also becomes part of the user id, which appears in every URL. */
    public static final int MAX_USER_ID_ATTRIBUTE = 256;

    public static UserKeys of(String rawUserName, String rawUserIdAttribute) {
        if (rawUserName != null && rawUserName.length() > MAX_USER_NAME) {
            throw BadRequestException.invalidValue("userName is longer than " + MAX_USER_NAME + " characters");
        }
        if (rawUserIdAttribute != null && rawUserIdAttribute.length() > MAX_USER_ID_ATTRIBUTE) {
            throw BadRequestException.invalidValue("the user id attribute value is longer than "
                    + MAX_USER_ID_ATTRIBUTE + " characters");
        }
        return new UserKeys(rawUserName == null ? null : CanonicalForm.of(rawUserName),
                rawUserIdAttribute == null ? null : CanonicalForm.of(rawUserIdAttribute));
    }
}
