package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.scim.DescribeAuthenticationUseCase;
import dev.inboundscim.application.port.out.FederatedCredentialRepository;
import dev.inboundscim.application.port.out.ScimClientRepository;
import dev.inboundscim.domain.connection.ConnectionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads whether a connection has OAuth clients or federated credentials, and keeps the answer for {@link #KEPT}:
 * {@code /ServiceProviderConfig} is the cheapest and most frequent SCIM request, and a discovery document a couple of
 * seconds behind a new client is harmless.
 */
public final class DescribeAuthenticationService implements DescribeAuthenticationUseCase {

    static final Duration KEPT = Duration.ofSeconds(2);

    private final ScimClientRepository clients;
    private final FederatedCredentialRepository credentials;
    private final Clock clock;
    private final Map<ConnectionId, Answer> answers = new ConcurrentHashMap<>();

    public DescribeAuthenticationService(ScimClientRepository clients, FederatedCredentialRepository credentials,
                                         Clock clock) {
        this.clients = clients;
        this.credentials = credentials;
        this.clock = clock;
    }

    private record Answer(boolean offered, Instant readAt) {
    }

    @Override
    public boolean offersTokenEndpoint(ConnectionId connectionId) {
        Instant now = clock.instant();
        Answer kept = answers.get(connectionId);
        if (kept != null && kept.readAt().plus(KEPT).isAfter(now)) {
            return kept.offered();
        }
        boolean offered = !clients.findByConnection(connectionId).isEmpty()
                || !credentials.findByConnection(connectionId).isEmpty();
        answers.put(connectionId, new Answer(offered, now));
        return offered;
    }
}
