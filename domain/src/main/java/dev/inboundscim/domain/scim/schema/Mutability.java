package dev.inboundscim.domain.scim.schema;

/** RFC 7643 §7 {@code mutability}. */
public enum Mutability {
    READ_ONLY("readOnly"), READ_WRITE("readWrite"), IMMUTABLE("immutable"), WRITE_ONLY("writeOnly");

    private final String schemaName;

    Mutability(String schemaName) {
        this.schemaName = schemaName;
    }

    public String schemaName() {
        return schemaName;
    }
}
