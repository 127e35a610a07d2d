package dev.inboundscim.application.service.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.RateLimitSettings;
import dev.inboundscim.application.ScimSettings;
import dev.inboundscim.application.port.in.connection.CreateConnectionUseCase.CreateConnectionCommand;
import dev.inboundscim.application.port.in.scimconfig.CreateScimConfigurationUseCase.CreateScimConfigurationCommand;
import dev.inboundscim.application.port.in.setup.CreateSetupTicketUseCase.CreateSetupTicketCommand;
import dev.inboundscim.application.port.in.token.IssueScimTokenUseCase.IssueScimTokenCommand;
import dev.inboundscim.application.port.out.SetupTicketRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.application.service.InMemoryPorts;
import dev.inboundscim.application.service.MutableClock;
import dev.inboundscim.application.service.connection.CreateConnectionService;
import dev.inboundscim.application.service.ratelimit.ScimRateLimiter;
import dev.inboundscim.application.service.scimconfig.CreateScimConfigurationService;
import dev.inboundscim.application.service.token.IssueScimTokenService;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.setup.SetupTicket;
import dev.inboundscim.domain.setup.SetupTicketId;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.TokenId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The setup ticket services over in-memory ports and a clock the test moves. */
class SetupTicketServicesTest {

    private final InMemoryPorts ports = new InMemoryPorts();
    private final MutableClock clock = new MutableClock();
    private final ConnectionLookup lookup = new ConnectionLookup(ports.connections);
    private final Tickets tickets = new Tickets();
    private final SetupTicketLookup ticketLookup = new SetupTicketLookup(tickets, clock);
    private final IssueSetupTokenService issue = new IssueSetupTokenService(ticketLookup, tickets, ports.tokens,
            new IssueScimTokenService(lookup, ports.configurations, ports.tokens, clock));

    private Connection scimConnection() {
        Connection connection = new CreateConnectionService(ports.connections, clock)
                .create(new CreateConnectionCommand(new ConnectionName("acme"), Strategy.OKTA, null));
        new CreateScimConfigurationService(lookup, ports.connections, ports.configurations, ScimSettings.DEFAULTS,
                new ScimRateLimiter(RateLimitSettings.OFF, System::nanoTime), clock)
                .create(new CreateScimConfigurationCommand(connection.id(), null, null, null, null, null, null));
        return connection;
    }

    private SetupTicket.Issued ticket(Connection connection, Long ttl) {
        return new CreateSetupTicketService(lookup, ports.configurations, tickets, clock)
                .create(new CreateSetupTicketCommand(connection.id(), ttl, List.of("get:users"), 3600L));
    }

    @Test
    void aTicketWorksUntilItExpiresThenIsNotFound() {
        Connection acme = scimConnection();
        String secret = ticket(acme, 300L).secret().reveal();
        OpenSetupTicketService open = new OpenSetupTicketService(ticketLookup, lookup, ports.tokens);
        ListSetupRequestsService requests = new ListSetupRequestsService(ticketLookup, ports.logs);

        assertEquals(acme.id(), open.open(secret).connection().id());
        clock.advance(Duration.ofSeconds(299));
        assertTrue(requests.recent(secret).isEmpty());

        clock.advance(Duration.ofSeconds(1));
        assertThrows(NotFoundException.class, () -> open.open(secret));
        assertThrows(NotFoundException.class, () -> issue.issue(secret));
        assertThrows(NotFoundException.class, () -> requests.recent(secret));
    }

    @Test
    void rotatingReplacesTheTicketsTokenAndLeavesOthersAlone() {
        Connection acme = scimConnection();
        ScimToken adminsOwn = new IssueScimTokenService(lookup, ports.configurations, ports.tokens, clock)
                .issue(new IssueScimTokenCommand(
                        acme.id(), List.of("get:users"), null)).token();
        String secret = ticket(acme, null).secret().reveal();

        ScimToken first = issue.issue(secret).token();
        assertEquals(clock.instant().plusSeconds(3600), first.validUntil(), "the ticket's token lifetime");
        ScimToken second = issue.issue(secret).token();

        List<TokenId> held = ports.tokens.findByConnection(acme.id()).stream().map(ScimToken::id).toList();
        assertEquals(List.of(adminsOwn.id(), second.id()), held, "the first is gone; the admin's own stays");
        assertEquals(second.id(), tickets.findById(new SetupTicketId(secret.substring(0, 20))).orElseThrow()
                .tokenId());
    }

    @Test
    void aRotationThatLosesTheRaceLeavesNoTokenBehind() {
        Connection acme = scimConnection();
        String secret = ticket(acme, null).secret().reveal();
        tickets.loseNextRotation = true;

        assertThrows(ConflictException.class, () -> issue.issue(secret));

        assertTrue(ports.tokens.findByConnection(acme.id()).isEmpty(), "the loser deleted what it created");
    }

    @Test
    void ticketsAreBoundedAndNeedTheScimEndpoint() {
        Connection acme = scimConnection();
        assertThrows(BadRequestException.class, () -> ticket(acme, 299L));
        assertThrows(BadRequestException.class, () -> ticket(acme, 604_801L));
        Connection plain = new CreateConnectionService(ports.connections, clock)
                .create(new CreateConnectionCommand(new ConnectionName("plain"), Strategy.OKTA, null));
        assertThrows(NotFoundException.class, () -> ticket(plain, null));
        assertThrows(NotFoundException.class, () -> new RevokeSetupTicketService(lookup, tickets)
                .revoke(acme.id(), SetupTicketId.generate()));
        assertThrows(NotFoundException.class, () -> ticketLookup.open("stk_" + "A".repeat(16) + "." + "0".repeat(64)));
    }

    /** A map of tickets whose next compare-and-set can be made to lose, as a concurrent rotation would. */
    private static final class Tickets implements SetupTicketRepository {
        private final Map<SetupTicketId, SetupTicket> byId = new LinkedHashMap<>();
        boolean loseNextRotation;

        @Override
        public void insert(SetupTicket ticket) {
            byId.put(ticket.id(), ticket);
        }

        @Override
        public Optional<SetupTicket> findById(SetupTicketId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<SetupTicket> findByConnection(ConnectionId connectionId) {
            return new ArrayList<>(byId.values().stream().filter(t -> t.connectionId().equals(connectionId)).toList());
        }

        @Override
        public boolean delete(ConnectionId connectionId, SetupTicketId id) {
            SetupTicket ticket = byId.get(id);
            return ticket != null && ticket.connectionId().equals(connectionId) && byId.remove(id) != null;
        }

        @Override
        public boolean replaceToken(SetupTicketId id, TokenId expected, TokenId next) {
            SetupTicket ticket = byId.get(id);
            if (loseNextRotation || ticket == null || !Objects.equals(ticket.tokenId(), expected)) {
                loseNextRotation = false;
                return false;
            }
            byId.put(id, ticket.withToken(next));
            return true;
        }
    }
}
