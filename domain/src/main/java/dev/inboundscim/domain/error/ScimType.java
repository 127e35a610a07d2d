package dev.inboundscim.domain.error;

/** The {@code scimType} error keywords of RFC 7644 §3.12. */
public enum ScimType {
    INVALID_FILTER("invalidFilter"),
    TOO_MANY("tooMany"),
    UNIQUENESS("uniqueness"),
    MUTABILITY("mutability"),
    INVALID_SYNTAX("invalidSyntax"),
    INVALID_PATH("invalidPath"),
    NO_TARGET("noTarget"),
    INVALID_VALUE("invalidValue"),
    INVALID_VERS("invalidVers"),
    SENSITIVE("sensitive");

    private final String keyword;

    ScimType(String keyword) {
        this.keyword = keyword;
    }

    /** The keyword exactly as RFC 7644 spells it. */
    public String keyword() {
        return keyword;
    }
}
