package dev.inboundscim.domain.group;

import dev.inboundscim.domain.id.RandomIds;
import java.util.Objects;
import java.util.regex.Pattern;

/** A group's permanent id and SCIM {@code id}: {@code grp_} followed by 16 alphanumerics. */
public record GroupId(String value) {

    private static final Pattern FORMAT = Pattern.compile("grp_[A-Za-z0-9]{16}");

    public GroupId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a group id: " + value);
        }
    }

    public static GroupId generate() {
        return new GroupId(RandomIds.alphanumeric("grp_", 16));
    }

    /** Whether {@code text} has the shape of a group id; anything else cannot name a stored group. */
    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
