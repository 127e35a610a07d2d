package dev.inboundscim.domain.id;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Random identifiers and secrets from a {@link SecureRandom}, so ids cannot be guessed or enumerated. */
public final class RandomIds {

    private static final char[] ALPHANUMERIC =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomIds() {
    }

    /** {@code prefix} followed by {@code length} random alphanumerics. */
    public static String alphanumeric(String prefix, int length) {
        StringBuilder id = new StringBuilder(prefix.length() + length).append(prefix);
        for (int i = 0; i < length; i++) {
            id.append(ALPHANUMERIC[RANDOM.nextInt(ALPHANUMERIC.length)]);
        }
        return id.toString();
    }

    /**
     * {@code prefix} followed by {@code length} alphanumerics from a fast, non-cryptographic generator: for ids that
     * only need to differ (log ids), never for ids or secrets that must not be guessed.
     */
    public static String distinct(String prefix, int length) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder id = new StringBuilder(prefix.length() + length).append(prefix);
        for (int i = 0; i < length; i++) {
            id.append(ALPHANUMERIC[random.nextInt(ALPHANUMERIC.length)]);
        }
        return id.toString();
    }

    /** {@code bytes} random bytes as lower-case hex. */
    public static String hex(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }
}
