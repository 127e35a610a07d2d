package dev.inboundscim.domain.token;

import dev.inboundscim.domain.id.IdSecret;
import dev.inboundscim.domain.id.IdShape;
import dev.inboundscim.domain.id.RandomIds;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A bearer secret {@code <token_id>.<64 hex>}: 256 random bits behind the public id, so the id finds the stored
 * digest and the digest proves the secret. Never logged; {@link #toString()} hides it.
 */
public final class TokenSecret {

    /** The shape of a secret; also used to strip secrets from logged request bodies. */
    public static final Pattern FORMAT = Pattern.compile("(tok_[A-Za-z0-9]{16})\\.([0-9a-f]{64})");

    private static final int DIGITS = 64;

    private final TokenId tokenId;
    private final String value;

    private TokenSecret(TokenId tokenId, String value) {
        this.tokenId = tokenId;
        this.value = value;
    }

    /** A fresh secret for {@code tokenId}. */
    public static TokenSecret generate(TokenId tokenId) {
        return new TokenSecret(tokenId, tokenId.value() + "." + RandomIds.hex(32));
    }

    /** The secret a client presented, if it has the right shape. */
    public static Optional<TokenSecret> parse(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        // Checked by hand rather than with FORMAT: this runs on every SCIM request.
        int dot = TokenId.PREFIX.length() + TokenId.LENGTH;
        if (presented.length() != dot + 1 + DIGITS || presented.charAt(dot) != '.'
                || !IdShape.lowerHex(presented, dot + 1, presented.length())) {
            return Optional.empty();
        }
        String tokenId = presented.substring(0, dot);
        return TokenId.isWellFormed(tokenId) ? Optional.of(new TokenSecret(new TokenId(tokenId), presented))
                : Optional.empty();
    }

    public TokenId tokenId() {
        return tokenId;
    }

    /** The secret itself, for the one creation response that shows it. */
    public String reveal() {
        return value;
    }

    /** The SHA-256 digest, lower-case hex: the only form that is stored. */
    public String digest() {
        return sha256Hex(value);
    }

    /** Whether this secret's digest equals {@code storedDigest}, compared in constant time. */
    public boolean matches(String storedDigest) {
        return MessageDigest.isEqual(digest().getBytes(StandardCharsets.US_ASCII),
                storedDigest.getBytes(StandardCharsets.US_ASCII));
    }

    /** SHA-256 of {@code text} as lower-case hex; also used for the admin token digest. */
    public static String sha256Hex(String text) {
        return IdSecret.sha256Hex(text);
    }

    @Override
    public String toString() {
        return "TokenSecret[" + tokenId + ".***]";
    }
}
