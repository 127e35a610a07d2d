package dev.inboundscim.domain.user;

import dev.inboundscim.domain.scim.value.CanonicalText;

/**
 * The canonical form of user keys: {@link CanonicalText}, named here for the stores that index users by it.
 */
public final class CanonicalForm {

    private CanonicalForm() {
    }

    public static String of(String text) {
        return CanonicalText.of(text);
    }
}
