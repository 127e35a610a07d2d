package dev.inboundscim.domain.user;

/**
 * The canonical ({@link CanonicalForm}) values a user must be unique on within its connection: the SCIM
 * {@code userName} (null when the mapping does not keep it) and the value of the connection's user-id attribute.
 */
public record UserKeys(String userName, String userIdAttribute) {

    public static UserKeys of(String rawUserName, String rawUserIdAttribute) {
        return new UserKeys(rawUserName == null ? null : CanonicalForm.of(rawUserName),
                rawUserIdAttribute == null ? null : CanonicalForm.of(rawUserIdAttribute));
    }
}
