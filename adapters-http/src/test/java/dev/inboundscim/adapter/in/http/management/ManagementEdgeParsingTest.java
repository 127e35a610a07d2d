package dev.inboundscim.adapter.in.http.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.inboundscim.adapter.in.http.EdgeServer.Reply;
import dev.inboundscim.adapter.in.http.EdgeServer;
import dev.inboundscim.adapter.in.http.HttpSettings;
import dev.inboundscim.adapter.in.http.RecordingUseCases;
import dev.inboundscim.adapter.in.http.error.ManagementErrorBody;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.application.port.in.connection.CreateConnectionUseCase.CreateConnectionCommand;
import dev.inboundscim.application.port.in.group.ListGroupMembersUseCase.ListGroupMembersCommand;
import dev.inboundscim.application.port.in.log.ListLogsUseCase.ListLogsCommand;
import dev.inboundscim.application.port.in.log.ListLogsUseCase;
import dev.inboundscim.application.port.in.log.RecordManagementOperationUseCase;
import dev.inboundscim.application.port.in.user.LinkIdentityUseCase.LinkIdentityCommand;
import dev.inboundscim.application.port.in.user.LinkIdentityUseCase.SecondaryById;
import dev.inboundscim.application.port.in.user.LinkIdentityUseCase.SecondaryByKey;
import dev.inboundscim.application.port.in.user.LinkIdentityUseCase.SecondaryUnknown;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.token.TokenId;
import dev.inboundscim.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Management API parses the ids a request names before any use case runs, answering those that cannot exist
 * as it answers unknown ones; the use cases receive typed ids and values.
 */
class ManagementEdgeParsingTest {

    private static final String TOO_LONG_USER_ID = "u".repeat(UserId.MAX_LENGTH + 1);

    private final ConnectionId connection = ConnectionId.generate();
    private final RecordingUseCases recorded = new RecordingUseCases();
    private final EdgeServer server = server();

    private EdgeServer server() {
        ManagementApi api = ManagementApi.builder(new JsonCodec(), new HttpSettings(null, 1 << 20))
                .authenticateAdmin(token -> { })
                .connections(recorded.all(ConnectionUseCases.class))
                .scimConfigurations(recorded.all(ScimConfigurationUseCases.class))
                .tokens(recorded.all(ScimTokenUseCases.class))
                .users(recorded.all(UserUseCases.class))
                .logs(recorded.of(ListLogsUseCase.class))
                .audit(recorded.of(RecordManagementOperationUseCase.class))
                .groups(recorded.all(GroupUseCases.class))
                .logStreams(recorded.all(LogStreamUseCases.class))
                .clients(recorded.all(ClientUseCases.class))
                .sessions(recorded.all(SessionUseCases.class))
                .signingKeys(recorded.all(SigningKeyUseCases.class))
                .organizations(recorded.all(OrganizationUseCases.class))
                .setupTickets(recorded.all(SetupTicketUseCases.class))
                .scimClients(recorded.all(ScimClientUseCases.class))
                .federatedCredentials(recorded.all(FederatedCredentialUseCases.class))
                .eventStreams(recorded.all(EventStreamUseCases.class))
                .roles(recorded.all(RoleUseCases.class))
                .build();
        return new EdgeServer("/api/v2", api, api.errorAnswers());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Reply send(String method, String path, String body) {
        return server.send(method, "/api/v2" + path, "admin", body);
    }

    private static void assertManagementError(Reply reply, int status, String message, String errorCode) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(ManagementErrorBody.of(status, message, errorCode), reply.json());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            GET    | /connections/not-an-id                                  | -
            PATCH  | /connections/not-an-id                                  | {}
            DELETE | /connections/not-an-id                                  | -
            GET    | /connections/not-an-id/scim-configuration               | -
            POST   | /connections/not-an-id/scim-configuration               | {}
            PATCH  | /connections/not-an-id/scim-configuration               | {}
            DELETE | /connections/not-an-id/scim-configuration               | -
            GET    | /connections/not-an-id/scim-configuration/default-mapping | -
            GET    | /connections/not-an-id/scim-configuration/tokens        | -
            POST   | /connections/not-an-id/scim-configuration/tokens        | {"scopes":["get:users"]}
            DELETE | /connections/not-an-id/scim-configuration/tokens/tok_AAAAAAAAAAAAAAAA | -
            GET    | /users?connection_id=not-an-id                          | -
            GET    | /groups?connection_id=not-an-id                         | -
            """)
    void aConnectionIdThatCannotExistIsNotFound(String method, String path, String body) {
        assertManagementError(send(method, path, body), 404, "Connection with this id not found", "not_found");
        assertEquals(List.of(), recorded.calls());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            DELETE | /connections/CONNECTION/scim-configuration/tokens/tok_1 | -          | Token with this id not found
            GET    | /log-streams/nonsense                 | -                      | Log stream not found
            PATCH  | /log-streams/nonsense                 | {"name":"x"}           | Log stream not found
            DELETE | /log-streams/nonsense                 | -                      | Log stream not found
            GET    | /users/TOO_LONG                       | -                      | User not found
            DELETE | /users/TOO_LONG                       | -                      | User not found
            GET    | /users/TOO_LONG/groups                | -                      | User not found
            GET    | /users/TOO_LONG/scim                  | -                      | User not found
            DELETE | SCIMCONF/setup-tickets/x  | - | Setup ticket with this id not found
            GET    | SCIMCONF/clients/x                    | -                      | Client with this id not found
            GET    | SCIMCONF/federated-credentials/x | - | Federated credential with this id not found
            DELETE | SCIMCONF/clients/x                    | -                      | Client with this id not found
            DELETE | SCIMCONF/clients/x/secrets/y          | -                      | Client with this id not found
            GET    | /users/TOO_LONG/sessions              | -                      | User not found
            GET    | /groups/nope                          | -                      | Group not found
            GET    | /groups/nope/members                  | -                      | Group not found
            """)
    void otherIdsThatCannotExistAreNotFound(String method, String path, String body, String message) {
        String resolved = path.replace("SCIMCONF", "/connections/CONNECTION/scim-configuration")
                .replace("CONNECTION", connection.value()).replace("TOO_LONG", TOO_LONG_USER_ID);
        assertManagementError(send(method, resolved, body == null ? null
                : body.replace("TOO_LONG", TOO_LONG_USER_ID)), 404, message, "not_found");
        assertEquals(List.of(), recorded.calls());
    }

    @Test
    void logsOfAConnectionThatCannotExistAreNoneAndATypeMustBeKnown() {
        Reply none = send("GET", "/logs?connection_id=not-an-id&type=fscim", null);
        assertEquals(200, none.status(), none.body());
        assertEquals("[]", none.body());
        assertManagementError(send("GET", "/logs?type=bogus", null), 400,
                "type must be a known log type, such as sscim or fscim", "invalid_value");
        assertEquals(List.of(), recorded.calls());

        send("GET", "/logs?type=sscim&connection_id=" + connection.value() + "&from=x&take=5", null);
        assertEquals(ListLogsCommand.newest(LogType.SSCIM, connection, "x", 5), recorded.last());
        send("GET", "/logs?type=%20&connection_id=", null);
        assertEquals(ListLogsCommand.newest(null, null, null, null), recorded.last());
    }

    @Test
    void aMemberCheckpointThatCannotBeAUserIdIsRefused() {
        GroupId group = GroupId.generate();
        assertManagementError(send("GET", "/groups/" + group.value() + "/members?from=" + TOO_LONG_USER_ID, null),
                400, "from must be the next value of a previous page", "invalid_value");
        send("GET", "/groups/" + group.value() + "/members?from=okta%7Cacme%7C1&take=2", null);
        assertEquals(new ListGroupMembersCommand(group, new UserId("okta|acme|1"), 2), recorded.last());
    }

    @Test
    void aLinkNamesItsSecondaryByIdOrByKeyOrNotAtAll() {
        UserId primary = new UserId("okta|acme|1");
        String identities = "/users/okta%7Cacme%7C1/identities";
        send("POST", identities, "{\"user_id\":\"okta|acme|2\"}");
        assertEquals(new LinkIdentityCommand(primary, new SecondaryById(new UserId("okta|acme|2"))), recorded.last());
        send("POST", identities, "{\"user_id\":\"2\",\"connection_id\":\"" + connection.value()
                + "\",\"provider\":\"okta\"}");
        assertEquals(new LinkIdentityCommand(primary, new SecondaryByKey(connection, "2", "okta")), recorded.last());
        send("POST", identities, "{\"user_id\":\" \"}");
        assertNull(((LinkIdentityCommand) recorded.last()).secondary(), "the use case says user_id is required");
        // Ids in the body that cannot exist name a secondary that does not exist: the use case's 400, after the
        // primary's 404, rather than a 404 of their own.
        send("POST", identities, "{\"user_id\":\"" + TOO_LONG_USER_ID + "\"}");
        assertEquals(new LinkIdentityCommand(primary, new SecondaryUnknown()), recorded.last());
        send("POST", identities, "{\"user_id\":\"2\",\"connection_id\":\"not-a-connection\"}");
        assertEquals(new LinkIdentityCommand(primary, new SecondaryUnknown()), recorded.last());
    }

    @Test
    void aConnectionIsCreatedFromANameAndAKnownStrategy() {
        assertManagementError(send("POST", "/connections", "{\"name\":\"acme\",\"strategy\":\"google\"}"), 400,
                "strategy must be one of samlp, oidc, okta, waad", "invalid_value");
        assertEquals(List.of(), recorded.calls());
        send("POST", "/connections", "{\"name\":\"acme\",\"strategy\":\"waad\"}");
        assertEquals(new CreateConnectionCommand(new ConnectionName("acme"), Strategy.WAAD, null), recorded.last());
    }

    @Test
    void aTokenIsRevokedByTypedIds() {
        TokenId token = TokenId.generate();
        send("DELETE", "/connections/" + connection.value() + "/scim-configuration/tokens/" + token.value(), null);
        assertEquals(List.of(connection, token), recorded.last());
    }
}
