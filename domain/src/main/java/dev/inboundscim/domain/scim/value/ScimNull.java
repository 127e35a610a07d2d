package dev.inboundscim.domain.scim.value;

/** The JSON null. */
public record ScimNull() implements ScimValue {
    public static final ScimNull INSTANCE = new ScimNull();
}
