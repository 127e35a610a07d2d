package dev.inboundscim.domain.scim.value;

/** A JSON boolean. */
public record ScimBoolean(boolean value) implements ScimValue {
    public static final ScimBoolean TRUE = new ScimBoolean(true);
    public static final ScimBoolean FALSE = new ScimBoolean(false);

    public static ScimBoolean of(boolean value) {
        return value ? TRUE : FALSE;
    }
}
