package dev.inboundscim.domain.organization;

import dev.inboundscim.domain.id.IdShape;
import dev.inboundscim.domain.id.RandomIds;
import java.util.Objects;

/** An organization's id: {@code org_} followed by 16 alphanumerics. */
public record OrganizationId(String value) {

    private static final String PREFIX = "org_";
    private static final int LENGTH = 16;

    public OrganizationId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not an organization id: " + value);
        }
    }

    public static OrganizationId generate() {
        return new OrganizationId(RandomIds.alphanumeric(PREFIX, LENGTH));
    }

    public static boolean isWellFormed(String text) {
        return IdShape.prefixedAlphanumeric(text, PREFIX, LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
