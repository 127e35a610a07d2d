package dev.inboundscim.domain.setup;

import dev.inboundscim.domain.id.IdShape;
import dev.inboundscim.domain.id.RandomIds;
import dev.inboundscim.domain.token.TokenSecret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of a setup ticket's URL, {@code <ticket_id>.<64 hex>}: 256 random bits behind the public id, as SCIM
 * tokens are, so the id finds the stored digest and the digest proves the secret. Never logged.
 */
public final class SetupTicketSecret {

    /** The shape of a secret; also used to keep it out of logged paths. */
    public static final Pattern FORMAT = Pattern.compile("stk_[A-Za-z0-9]{16}\\.[0-9a-f]{64}");

    private static final int DIGITS = 64;

    private final SetupTicketId ticketId;
    private final String value;

    private SetupTicketSecret(SetupTicketId ticketId, String value) {
        this.ticketId = ticketId;
        this.value = value;
    }

    static SetupTicketSecret generate(SetupTicketId ticketId) {
        return new SetupTicketSecret(ticketId, ticketId.value() + "." + RandomIds.hex(32));
    }

    /** The secret a visitor presented, if it has the right shape. */
    public static Optional<SetupTicketSecret> parse(String presented) {
        int dot = SetupTicketId.PREFIX.length() + SetupTicketId.LENGTH;
        if (presented == null || presented.length() != dot + 1 + DIGITS || presented.charAt(dot) != '.'
                || !IdShape.lowerHex(presented, dot + 1, presented.length())) {
            return Optional.empty();
        }
        String id = presented.substring(0, dot);
        return SetupTicketId.isWellFormed(id) ? Optional.of(new SetupTicketSecret(new SetupTicketId(id), presented))
                : Optional.empty();
    }

    public SetupTicketId ticketId() {
        return ticketId;
    }

    /** The secret itself, for the one creation response that shows it (inside the ticket's URL). */
    public String reveal() {
        return value;
    }

    /** The SHA-256 digest, lower-case hex: the only form that is stored. */
    public String digest() {
        return TokenSecret.sha256Hex(value);
    }

    /** Whether this secret's digest equals {@code storedDigest}, compared in constant time. */
    public boolean matches(String storedDigest) {
        return MessageDigest.isEqual(digest().getBytes(StandardCharsets.US_ASCII),
                storedDigest.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "SetupTicketSecret[" + ticketId + ".…]";
    }
}
