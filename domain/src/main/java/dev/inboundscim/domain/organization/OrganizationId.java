package dev.inboundscim.domain.organization;

import dev.inboundscim.domain.id.RandomIds;
import java.util.Objects;
import java.util.regex.Pattern;

/** An organization's id: {@code org_} followed by 16 alphanumerics. */
public record OrganizationId(String value) {

    private static final Pattern FORMAT = Pattern.compile("org_[A-Za-z0-9]{16}");

    public OrganizationId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not an organization id: " + value);
        }
    }

    public static OrganizationId generate() {
        return new OrganizationId(RandomIds.alphanumeric("org_", 16));
    }

    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
