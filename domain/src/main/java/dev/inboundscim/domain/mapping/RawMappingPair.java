package dev.inboundscim.domain.mapping;

/** A mapping pair as a client wrote it, before parsing and validation. */
public record RawMappingPair(String scim, String auth0) {

    /** How error messages name this pair. */
    public String describe() {
        return "{scim: " + quote(scim) + ", auth0: " + quote(auth0) + "}";
    }

    private static String quote(String text) {
        if (text == null) {
            return "null";
        }
        String shown = text.length() > 200 ? text.substring(0, 200) + "…" : text;
        return "\"" + shown + "\"";
    }
}
