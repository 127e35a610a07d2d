package dev.inboundscim.domain.scim.schema;

/** The attribute data types of RFC 7643 §2.3. */
public enum AttributeType {
    STRING("string"), BOOLEAN("boolean"), DECIMAL("decimal"), INTEGER("integer"), DATE_TIME("dateTime"),
    BINARY("binary"), REFERENCE("reference"), COMPLEX("complex");

    private final String schemaName;

    AttributeType(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The name used in {@code /Schemas}. */
    public String schemaName() {
        return schemaName;
    }
}
