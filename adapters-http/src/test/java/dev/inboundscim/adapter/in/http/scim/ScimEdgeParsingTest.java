package dev.inboundscim.adapter.in.http.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.inboundscim.adapter.in.http.EdgeServer.Reply;
import dev.inboundscim.adapter.in.http.EdgeServer;
import dev.inboundscim.adapter.in.http.HttpSettings;
import dev.inboundscim.adapter.in.http.RecordingUseCases;
import dev.inboundscim.adapter.in.http.error.ScimErrorBody;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.application.port.in.auth.AuthenticateScimRequestUseCase.AuthenticateScimRequestCommand;
import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.application.port.in.log.RecordScimFailureUseCase.RecordScimFailureCommand;
import dev.inboundscim.application.port.in.oauth.IssueAccessTokenUseCase;
import dev.inboundscim.application.port.in.ratelimit.AdmitScimRequestUseCase.Admission;
import dev.inboundscim.application.port.in.scim.DescribeScimSchemasUseCase;
import dev.inboundscim.application.port.in.scim.ExecuteScimBulkUseCase;
import dev.inboundscim.application.port.in.scim.PatchScimGroupUseCase.PatchScimGroupCommand;
import dev.inboundscim.application.port.in.scim.PatchScimUserUseCase.PatchScimUserCommand;
import dev.inboundscim.application.port.in.scim.SearchScimGroupsUseCase.SearchScimGroupsCommand;
import dev.inboundscim.application.port.in.scim.SearchScimUsersUseCase.SearchScimUsersCommand;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.error.UnauthorizedException;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.group.GroupSort;
import dev.inboundscim.domain.mapping.query.UserSort;
import dev.inboundscim.domain.scim.filter.FilterParser;
import dev.inboundscim.domain.scim.patch.PatchRequest;
import dev.inboundscim.domain.user.UserId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SCIM endpoint parses what a request names before any use case runs, and only once the request is
 * authenticated (SPEC §3: 404, then 401, then 403, then the request itself): a use case receives typed ids, the
 * parsed filter, sort and PATCH, and never meets input that cannot name anything.
 */
class ScimEdgeParsingTest {

    private static final String TOKEN = "tok_AAAAAAAAAAAAAAAA." + "0".repeat(64);
    private static final String TOO_LONG_USER_ID = "u".repeat(UserId.MAX_LENGTH + 1);
    private static final String PATCH = """
            {"Operations":[{"op":"replace","path":"displayName","value":"x"}]}""";
    private static final String USER = "{\"userName\":\"bob\"}";
    private static final String GROUP = "{\"displayName\":\"admins\"}";

    private final Connection connection = Connection.create(new ConnectionName("acme"), Strategy.OKTA, null,
            Instant.EPOCH);
    private final ScimContext context = new ScimContext(connection, new ScimConfiguration(connection.id(),
            DefaultMappings.forStrategy(Strategy.OKTA), null, Instant.EPOCH, Instant.EPOCH), null);
    private final String base = "/scim/v2/connections/" + connection.id().value();
    private final List<AuthenticateScimRequestCommand> authentications = new ArrayList<>();
    private final List<RecordScimFailureCommand> failures = new ArrayList<>();
    private final RecordingUseCases recorded = new RecordingUseCases();
    private final EdgeServer server = server();

    private EdgeServer server() {
        ScimApi api = ScimApi.builder(new JsonCodec(), new HttpSettings(null, 1 << 20))
                .requests(new ScimRequestUseCases(connectionId -> Admission.UNLIMITED, this::authenticate,
                        failures::add, (context, request, description) -> { }))
                .users(recorded.all(ScimUserUseCases.class))
                .groups(recorded.all(ScimGroupUseCases.class))
                .discovery(recorded.of(DescribeScimSchemasUseCase.class))
                .roles(recorded.all(ScimRoleUseCases.class))
                .bulk(recorded.of(ExecuteScimBulkUseCase.class), new BulkLimits(1000, 1 << 20))
                .issueAccessToken(recorded.of(IssueAccessTokenUseCase.class))
                .describeAuthentication(connectionId -> false)
                .maxResults(100)
                .groupPatchResponseMaxMembers(1000)
                .build();
        return new EdgeServer("/scim/v2", api, api.errorAnswers());
    }

    /** Any token of the right shape will do; without one the request goes no further. */
    private ScimContext authenticate(AuthenticateScimRequestCommand command) {
        authentications.add(command);
        if (command.secret() == null) {
            throw new UnauthorizedException("no token");
        }
        return context;
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Reply send(String method, String path, String body) {
        return server.send(method, base + path, TOKEN, body);
    }

    private static void assertScimError(Reply reply, int status, String scimType, String detail) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(ScimErrorBody.of(status, scimType, detail), reply.json());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void aConnectionIdThatCannotExistIsNoEndpointBeforeTheTokenIsLookedAt() {
        assertScimError(server.send("GET", "/scim/v2/connections/not-a-connection/Users", null, null), 404, null,
                "No SCIM endpoint at this address");
        assertScimError(server.send("GET", "/scim/v2/connections/con_0000000000000000x/Users", TOKEN, null), 404,
                null, "No SCIM endpoint at this address");
        assertEquals(List.of(), authentications);
        assertNull(failures.getLast().connectionId(), "the failure names no connection");
    }

    @Test
    void authenticatesBeforeReadingTheFilterTheSortTheIdOrTheBody() {
        assertEquals(401, server.send("GET", base + "/Users?filter=" + encode("userName eq"), null, null).status());
        assertEquals(401, server.send("GET", base + "/Groups?sortBy=members", null, null).status());
        assertEquals(401, server.send("PATCH", base + "/Users/" + TOO_LONG_USER_ID, null, "{}").status());
        assertEquals(401, server.send("PUT", base + "/Groups/nope", null, "{}").status());
        assertEquals(401, server.send("GET", base + "/Users", "not-a-token", null).status());
        assertEquals(List.of(), recorded.calls());
        assertEquals(connection.id(), authentications.getLast().connectionId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "PATCH", "DELETE"})
    void anIdThatCannotNameAUserOrAGroupIsNotFound(String method) {
        assertScimError(send(method, "/Users/" + TOO_LONG_USER_ID, body(method, USER)), 404, null, "User not found");
        assertScimError(send(method, "/Groups/nope", body(method, GROUP)), 404, null, "Group not found");
        assertEquals(List.of(), recorded.calls());
    }

    /** A well-formed body for {@code method}: PATCH operations, the {@code resource} of a PUT, or none. */
    private static String body(String method, String resource) {
        return switch (method) {
            case "PATCH" -> PATCH;
            case "PUT" -> resource;
            default -> null;
        };
    }

    @Test
    void aMalformedPatchOrGroupIsRefusedBeforeItsIdAsBefore() {
        assertScimError(send("PATCH", "/Users/" + TOO_LONG_USER_ID, "{}"), 400, "invalidSyntax",
                "Operations must be a non-empty array");
        assertScimError(send("PATCH", "/Groups/nope", "{}"), 400, "invalidSyntax",
                "Operations must be a non-empty array");
        assertScimError(send("PUT", "/Groups/nope", "{}"), 400, "invalidValue",
                "displayName is required and must be a non-empty string");
        assertEquals(List.of(), recorded.calls());
    }

    @Test
    void aMalformedFilterOrSortNeverReachesTheUseCase() {
        assertEquals("invalidFilter", send("GET", "/Users?filter=" + encode("userName eq"), null).json()
                .path("scimType").asText());
        assertEquals("invalidFilter", send("POST", "/Groups/.search", "{\"filter\":\"(displayName pr\"}").json()
                .path("scimType").asText());
        assertScimError(send("GET", "/Users?sortBy=userName&sortOrder=sideways", null), 400, "invalidValue",
                "sortOrder must be ascending or descending");
        assertScimError(send("GET", "/Groups?sortBy=members", null), 400, "invalidValue", "sortBy needs a "
                + "single-valued attribute of Groups: displayName, externalId, id, meta.created or meta.lastModified");
        assertEquals(List.of(), recorded.calls());
    }

    @Test
    void handsTheUseCasesParsedFiltersAndSorts() {
        String filter = "userName eq \"bob\" and not (title pr)";
        send("GET", "/Users?filter=" + encode(filter) + "&sortBy=name.givenName&sortOrder=descending&count=5",
                null);
        SearchScimUsersCommand users = (SearchScimUsersCommand) recorded.last();
        assertEquals(FilterParser.parse(filter), users.filter());
        assertEquals(UserSort.parse("name.givenName", "descending"), users.sort());
        assertEquals(5, users.count());

        send("POST", "/.search", "{\"filter\":\"  \",\"cursor\":\"\"}");
        SearchScimUsersCommand blank = (SearchScimUsersCommand) recorded.last();
        assertNull(blank.filter(), "a blank filter is none");
        assertNull(blank.sort());
        assertEquals("", blank.cursor(), "the cursor stays as sent: only the use case can read it");

        send("GET", "/Groups?filter=" + encode("displayName sw \"adm\"") + "&sortBy=meta.created", null);
        SearchScimGroupsCommand groups = (SearchScimGroupsCommand) recorded.last();
        assertEquals(FilterParser.parse("displayName sw \"adm\""), groups.filter());
        assertEquals(GroupSort.of("meta.created", null), groups.sort());
    }

    @Test
    void handsTheUseCasesTypedIdsAndParsedPatches() {
        GroupId group = GroupId.generate();
        send("PATCH", "/Users/" + encode("okta|acme|00u1"), PATCH);
        PatchScimUserCommand user = (PatchScimUserCommand) recorded.last();
        assertEquals(new UserId("okta|acme|00u1"), user.userId());
        assertEquals(PatchRequest.parse(new JsonCodec().readObject(PATCH.getBytes(StandardCharsets.UTF_8))),
                user.patch());
        send("PATCH", "/Groups/" + group.value(), PATCH);
        assertEquals(group, ((PatchScimGroupCommand) recorded.last()).groupId());
    }
}
