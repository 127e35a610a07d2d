package dev.inboundscim.domain.logstream;

import dev.inboundscim.domain.id.RandomIds;
import java.util.Objects;
import java.util.regex.Pattern;

/** A log stream's permanent id: {@code lst_} followed by 16 alphanumerics. */
public record LogStreamId(String value) {

    private static final Pattern FORMAT = Pattern.compile("lst_[A-Za-z0-9]{16}");

    public LogStreamId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a log stream id: " + value);
        }
    }

    public static LogStreamId generate() {
        return new LogStreamId(RandomIds.alphanumeric("lst_", 16));
    }

    /** Whether {@code text} has the shape of a log stream id; anything else cannot name a stored stream. */
    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
