package dev.inboundscim.domain.setup;

import dev.inboundscim.domain.id.IdSecret;
import java.util.Optional;

/** The secret of a setup ticket's URL, {@code <ticket_id>.<64 hex>} ({@link IdSecret}). Never logged. */
public final class SetupTicketSecret {

    private final SetupTicketId ticketId;
    private final IdSecret secret;

    private SetupTicketSecret(SetupTicketId ticketId, IdSecret secret) {
        this.ticketId = ticketId;
        this.secret = secret;
    }

    static SetupTicketSecret generate(SetupTicketId ticketId) {
        return new SetupTicketSecret(ticketId, IdSecret.generate(ticketId.value()));
    }

    /** The secret a visitor presented, if it has the right shape. */
    public static Optional<SetupTicketSecret> parse(String presented) {
        return IdSecret.parse(presented, SetupTicketId.PREFIX, SetupTicketId.LENGTH)
                .map(secret -> new SetupTicketSecret(new SetupTicketId(secret.id()), secret));
    }

    public SetupTicketId ticketId() {
        return ticketId;
    }

    /** The secret itself, for the one creation response that shows it (inside the ticket's URL). */
    public String reveal() {
        return secret.reveal();
    }

    /** The SHA-256 digest, lower-case hex: the only form that is stored. */
    public String digest() {
        return secret.digest();
    }

    /** Whether this secret's digest equals {@code storedDigest}, compared in constant time. */
    public boolean matches(String storedDigest) {
        return secret.matches(storedDigest);
    }

    @Override
    public String toString() {
        return "SetupTicketSecret[" + secret + "]";
    }
}
