package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.ScimClientRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.oauth.ClientSecret;
import dev.inboundscim.domain.oauth.FederatedCredential;
import dev.inboundscim.domain.oauth.ScimClient;
import dev.inboundscim.domain.setup.SetupTicket;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ScimClientRepository} must have, and how the access tokens of the token endpoint live
 * beside the static tokens (SPEC §9): outside their limit and listings, and gone with their client or secret.
 */
public abstract class ScimClientRepositoryContract extends ContractSupport {

    private static final long YEAR = Duration.ofDays(365).toSeconds();

    private ScimClientRepository clients() {
        return repositories().scimClients();
    }

    private ScimClient.Created created(Connection connection) {
        ScimClient.Created created = ScimClient.create(connection.id(), EnumSet.of(Scope.GET_USERS, Scope.POST_USERS),
                "Entra ID", null, now());
        clients().insert(created.client());
        return created;
    }

    private ScimToken accessToken(ScimClient client, ClientSecret secret) {
        ScimToken token = ScimToken.issue(client.connectionId(), client.scopes(), 3600L, now()).token();
        repositories().tokens().insertAccessToken(token, client.id().value(), secret.id().value());
        return token;
    }

    @Test
    void findsAClientWithEveryFieldAndItsSecrets() {
        Connection connection = newConnection();
        ScimClient client = created(connection).client();
        ScimClient bare = ScimClient.create(connection.id(), EnumSet.allOf(Scope.class), null, 3 * YEAR, now())
                .client();
        clients().insert(bare);

        assertEquals(Optional.of(client), clients().findById(connection.id(), client.id()));
        assertEquals(List.of(client, bare), clients().findByConnection(connection.id()));
        assertEquals(Optional.empty(), clients().findById(newConnection().id(), client.id()), "another connection's");
        assertThrows(NotFoundException.class, () -> clients().insert(ScimClient.create(
                new ConnectionId("con_" + "Z".repeat(16)), EnumSet.of(Scope.GET_USERS), null, null, now()).client()));
    }

    @Test
    void holdsAtMostTheLimitOfActiveSecretsAndExpiredOnesDoNotCount() {
        Connection connection = newConnection();
        ScimClient client = created(connection).client();
        Instant now = now();

        assertTrue(clients().addSecretWithinLimit(connection.id(), client.id(),
                ClientSecret.issue(null, now).secret(), now, 3));
        assertTrue(clients().addSecretWithinLimit(connection.id(), client.id(),
                ClientSecret.issue(null, now).secret(), now, 3));
        assertFalse(clients().addSecretWithinLimit(connection.id(), client.id(),
                ClientSecret.issue(null, now).secret(), now, 3), "three are active");
        Instant muchLater = now.plus(Duration.ofDays(800));
        assertTrue(clients().addSecretWithinLimit(connection.id(), client.id(),
                ClientSecret.issue(null, muchLater).secret(), muchLater, 3), "two years later all have expired");
        assertThrows(NotFoundException.class, () -> clients().addSecretWithinLimit(newConnection().id(), client.id(),
                ClientSecret.issue(null, now).secret(), now, 3));
    }

    @Test
    void concurrentAdditionsNeverExceedTheLimit() throws Exception {
        Connection connection = newConnection();
        ScimClient client = created(connection).client();
        Instant now = now();
        List<Callable<Boolean>> additions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            additions.add(() -> clients().addSecretWithinLimit(connection.id(), client.id(),
                    ClientSecret.issue(null, now).secret(), now, 3));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            long added = 0;
            for (Future<Boolean> result : pool.invokeAll(additions)) {
                added += result.get() ? 1 : 0;
            }
            assertEquals(2, added, "one secret was there, two more fit");
            assertEquals(3, clients().findById(connection.id(), client.id()).orElseThrow().secrets().size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void accessTokensAreNeitherListedNorCountedAgainstTheStaticTokens() {
        Connection connection = newConnection();
        ScimClient.Created created = created(connection);
        ScimToken access = accessToken(created.client(), created.secret().secret());

        assertEquals(Optional.of(access), repositories().tokens().findById(access.id()), "the SCIM endpoint finds it");
        assertEquals(List.of(), repositories().tokens().findByConnection(connection.id()));
        ScimToken staticOne = ScimToken.issue(connection.id(), EnumSet.of(Scope.GET_USERS), null, now()).token();
        ScimToken staticTwo = ScimToken.issue(connection.id(), EnumSet.of(Scope.GET_USERS), null, now()).token();
        assertTrue(repositories().tokens().insertWithinLimit(staticOne, 2));
        assertTrue(repositories().tokens().insertWithinLimit(staticTwo, 2));
        assertEquals(List.of(staticOne.id(), staticTwo.id()),
                repositories().tokens().findByConnection(connection.id()).stream().map(ScimToken::id).toList());
    }

    @Test
    void deletingASecretEndsItsTokensAndDeletingTheClientEndsTheRest() {
        Connection connection = newConnection();
        ScimClient.Created created = created(connection);
        ScimClient client = created.client();
        ClientSecret first = created.secret().secret();
        ClientSecret second = ClientSecret.issue(null, now()).secret();
        assertTrue(clients().addSecretWithinLimit(connection.id(), client.id(), second, now(), 3));
        ScimToken byFirst = accessToken(client, first);
        ScimToken bySecond = accessToken(client, second);

        assertFalse(clients().deleteSecret(newConnection().id(), client.id(), first.id()), "not another connection's");
        assertTrue(clients().deleteSecret(connection.id(), client.id(), first.id()));
        assertEquals(Optional.empty(), repositories().tokens().findById(byFirst.id()));
        assertTrue(repositories().tokens().findById(bySecond.id()).isPresent(), "the other secret's token stays");
        assertFalse(clients().deleteSecret(connection.id(), client.id(), first.id()));

        assertFalse(clients().delete(newConnection().id(), client.id()));
        assertTrue(clients().delete(connection.id(), client.id()));
        assertEquals(Optional.empty(), repositories().tokens().findById(bySecond.id()));
        assertEquals(Optional.empty(), clients().findById(connection.id(), client.id()));
    }

    @Test
    void issuingAnAccessTokenClearsTheClientsExpiredOnes() {
        Connection connection = newConnection();
        ScimClient.Created created = created(connection);
        ScimClient client = created.client();
        Instant past = now().minus(Duration.ofHours(3));
        ScimToken expired = ScimToken.issue(connection.id(), client.scopes(), 3600L, past).token();
        repositories().tokens().insertAccessToken(expired, client.id().value(), created.secret().secret().id().value());

        ScimToken fresh = accessToken(client, created.secret().secret());

        assertEquals(Optional.empty(), repositories().tokens().findById(expired.id()));
        assertTrue(repositories().tokens().findById(fresh.id()).isPresent());
    }

    @Test
    void deletingTheConnectionDeletesItsClients() {
        Connection connection = newConnection();
        ScimClient client = created(connection).client();

        assertTrue(repositories().connections().delete(connection.id()));

        assertEquals(Optional.empty(), clients().findById(connection.id(), client.id()));
    }

    @Test
    void recordsTheLastUse() {
        Connection connection = newConnection();
        ScimClient client = created(connection).client();
        Instant used = now();

        clients().touch(client.id(), used);

        assertEquals(used, clients().findById(connection.id(), client.id()).orElseThrow().lastUsedAt());
    }

    @Test
    void turningScimOffDeletesEveryWayIntoTheEndpoint() {
        Connection connection = newConnection();
        Instant at = now();
        repositories().scimConfigurations().insert(new ScimConfiguration(connection.id(),
                DefaultMappings.forStrategy(Strategy.WAAD), null, at, at));
        ScimClient.Created created = created(connection);
        ScimToken access = accessToken(created.client(), created.secret().secret());
        FederatedCredential credential = FederatedCredential.create(connection.id(), "https://issuer", "subject",
                "audience", "https://example.com/keys", EnumSet.of(Scope.GET_USERS), at);
        repositories().federatedCredentials().insert(credential);
        SetupTicket ticket = SetupTicket.issue(connection.id(), EnumSet.of(Scope.GET_USERS), null, null, at).ticket();
        repositories().setupTickets().insert(ticket);

        assertTrue(repositories().scimConfigurations().deleteWithTokens(connection.id()));

        assertEquals(Optional.empty(), clients().findById(connection.id(), created.client().id()));
        assertEquals(Optional.empty(), repositories().tokens().findById(access.id()));
        assertEquals(List.of(), repositories().federatedCredentials().findByConnection(connection.id()));
        assertEquals(Optional.empty(), repositories().setupTickets().findById(ticket.id()));
    }
}
