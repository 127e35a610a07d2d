package dev.inboundscim.application.service.setup;

import dev.inboundscim.application.port.in.setup.IssueSetupTokenUseCase;
import dev.inboundscim.application.port.in.token.IssueScimTokenUseCase.IssueScimTokenCommand;
import dev.inboundscim.application.port.in.token.IssueScimTokenUseCase;
import dev.inboundscim.application.port.out.ScimTokenRepository;
import dev.inboundscim.application.port.out.SetupTicketRepository;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.setup.SetupTicket;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.Scope;
import dev.inboundscim.domain.token.TokenId;

/**
 * Issues the ticket's token with the ticket's scopes and lifetime. The token it issued before is deleted first, so a
 * rotation never needs a free slot beyond the connection's limit, and the new token is recorded on the ticket only
 * if no other rotation came first (the loser's token is deleted again and it answers 409).
 */
public final class IssueSetupTokenService implements IssueSetupTokenUseCase {

    private final SetupTicketLookup lookup;
    private final SetupTicketRepository tickets;
    private final ScimTokenRepository tokens;
    private final IssueScimTokenUseCase issueToken;

    public IssueSetupTokenService(SetupTicketLookup lookup, SetupTicketRepository tickets,
                                  ScimTokenRepository tokens, IssueScimTokenUseCase issueToken) {
        this.lookup = lookup;
        this.tickets = tickets;
        this.tokens = tokens;
        this.issueToken = issueToken;
    }

    @Override
    public ScimToken.Issued issue(String presentedSecret) {
        SetupTicket ticket = lookup.open(presentedSecret);
        TokenId previous = ticket.tokenId();
        if (previous != null) {
            tokens.delete(ticket.connectionId(), previous);
        }
        ScimToken.Issued issued = issueToken.issue(new IssueScimTokenCommand(ticket.connectionId(),
                ticket.scopes().stream().map(Scope::wireName).sorted().toList(), ticket.tokenLifetime()));
        if (!tickets.replaceToken(ticket.id(), previous, issued.token().id())) {
            tokens.delete(ticket.connectionId(), issued.token().id());
            throw ConflictException.conflict("The ticket's token was just rotated by another request; try again");
        }
        return issued;
    }
}
