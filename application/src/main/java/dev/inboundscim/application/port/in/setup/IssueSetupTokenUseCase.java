package dev.inboundscim.application.port.in.setup;

import dev.inboundscim.domain.token.ScimToken;

/**
 * Creates the ticket's SCIM token, or rotates it: the token the ticket issued before stops working and a new one
 * with the ticket's scopes and lifetime takes its place. The secret is shown once.
 */
public interface IssueSetupTokenUseCase {

    ScimToken.Issued issue(String presentedSecret);
}
