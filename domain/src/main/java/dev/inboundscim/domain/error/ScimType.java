package dev.inboundscim.domain.error;

/** The {@code scimType} error keywords of RFC 7644 §3.12 and RFC 9865. */
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
    SENSITIVE("sensitive"),
    /** RFC 9865 §2.3: a cursor the server did not issue for this query. */
    INVALID_CURSOR("invalidCursor");

    private final String keyword;

    ScimType(String keyword) {
        this.keyword = keyword;
    }

    /** The keyword exactly as RFC 7644 spells it. */
    public String keyword() {
        return keyword;
    }
}
