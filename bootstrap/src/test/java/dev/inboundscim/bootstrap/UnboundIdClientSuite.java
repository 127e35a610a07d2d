package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.scim2.client.ScimService;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.bulk.BulkOperation;
import com.unboundid.scim2.common.bulk.BulkOperationResult;
import com.unboundid.scim2.common.bulk.BulkResponse;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.messages.PatchOperation;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.Member;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.ResourceTypeResource;
import com.unboundid.scim2.common.types.SchemaResource;
import com.unboundid.scim2.common.types.UserResource;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.net.URI;
import java.util.List;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.jnh.connector.JavaNetHttpConnectorProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The UnboundID SCIM 2 SDK — a strict, standards-following client — drives the server: discovery documents must
 * parse, and the user lifecycle must work through its typed API (RFC 7644 as a client library reads it).
 */
abstract class UnboundIdClientSuite extends RunningServerTest {

    private Client client;
    private ScimService scim;
    private ScimEndpoint endpoint;

    @BeforeAll
    void connect() {
        endpoint = ScimEndpoint.create(http, "okta", "get:users post:users put:users patch:users delete:users");
        ClientConfig config = new ClientConfig().connectorProvider(new JavaNetHttpConnectorProvider());
        client = ClientBuilder.newClient(config).register((ClientRequestFilter) request ->
                request.getHeaders().putSingle("Authorization", "Bearer " + endpoint.token()));
        scim = new ScimService(client.target(http.base() + endpoint.path()));
    }

    @AfterAll
    void disconnect() {
        client.close();
    }

    @Test
    void readsTheDiscoveryDocuments() throws ScimException {
        // The SDK's typed ServiceProviderConfigResource predates RFC 9865 and refuses its "pagination" block, which
        // SPEC §3 requires; read the document generically instead.
        GenericScimResource config = scim.retrieve(URI.create(http.base() + endpoint.path()
                + "/ServiceProviderConfig"), GenericScimResource.class);
        assertTrue(config.getObjectNode().path("patch").path("supported").asBoolean());
        assertTrue(config.getObjectNode().path("filter").path("supported").asBoolean());
        assertTrue(config.getObjectNode().path("pagination").path("cursor").asBoolean());
        ListResponse<ResourceTypeResource> types = scim.getResourceTypes();
        assertEquals("User", types.getResources().getFirst().getName());
        ListResponse<SchemaResource> schemas = scim.getSchemas();
        assertTrue(schemas.getResources().stream().anyMatch(s -> s.getName().equals("User")));
    }

    @Test
    void readsTheDiscoveryOfAConnectionWithATokenEndpoint() throws ScimException {
        ScimEndpoint oauth = ScimEndpoint.create(http, "waad", "get:users");
        assertEquals(201, http.post(OAuthClientCredentialsSuite.clients(oauth), ADMIN,
                "{\"scopes\":[\"get:users\"]}").status());
        Client own = ClientBuilder.newClient(new ClientConfig().connectorProvider(new JavaNetHttpConnectorProvider()))
                .register((ClientRequestFilter) request -> request.getHeaders().putSingle("Authorization",
                        "Bearer " + oauth.token()));
        GenericScimResource config;
        try {
            config = new ScimService(own.target(http.base() + oauth.path())).retrieve(URI.create(http.base()
                    + oauth.path() + "/ServiceProviderConfig"), GenericScimResource.class);
        } finally {
            own.close();
        }
        assertEquals(2, config.getObjectNode().path("authenticationSchemes").size(), config.toString());
        assertEquals(http.base() + oauth.path() + "/oauth/token", config.getObjectNode().path("authenticationSchemes")
                .get(1).path("documentationUri").asText());
    }

    @Test
    void readsRolesGenerically() throws ScimException {
        String name = "sdk-role-" + System.nanoTime();
        HttpClientSupport.Reply created = http.post("/api/v2/roles", ADMIN, "{\"name\":\"" + name + "\"}");
        assertEquals(201, created.status(), created.body());
        String id = created.json().path("id").asText();

        ListResponse<GenericScimResource> found = scim.searchRequest("Roles").filter("value eq \"" + name + "\"")
                .invoke(GenericScimResource.class);
        assertEquals(1, found.getTotalResults());
        assertEquals(id, found.getResources().getFirst().getId());
        GenericScimResource role = scim.retrieve("Roles", id, GenericScimResource.class);
        assertEquals(name, role.getObjectNode().path("value").asText());
        assertTrue(scim.getResourceTypes().getResources().stream().anyMatch(t -> t.getName().equals("Role")));
    }

    @Test
    void managesAUserThroughTheTypedApi() throws ScimException {
        UserResource user = new UserResource().setUserName("sdk.user@example.com");
        user.setExternalId("sdk-1");
        user.setName(new Name().setGivenName("Sdk").setFamilyName("User"));
        user.setEmails(List.of(new Email().setValue("sdk.user@example.com").setType("work").setPrimary(true)));
        user.setActive(true);

        UserResource created = scim.create("Users", user);
        assertEquals("okta|" + endpoint.connectionName() + "|sdk-1", created.getId());
        assertEquals("User", created.getMeta().getResourceType());
        assertTrue(created.getMeta().getLocation().isAbsolute());

        UserResource read = scim.retrieve(created);
        assertEquals("Sdk", read.getName().getGivenName());

        ListResponse<UserResource> found = scim.searchRequest("Users")
                .filter(Filter.eq("userName", "SDK.USER@example.com").toString())
                .invoke(UserResource.class);
        assertEquals(1, found.getTotalResults());

        read.getName().setGivenName("Changed");
        UserResource replaced = scim.replace(read);
        assertEquals("Changed", replaced.getName().getGivenName());

        UserResource patched = scim.modifyRequest(replaced)
                .addOperation(PatchOperation.replace("active", false))
                .invoke(UserResource.class);
        assertFalse(patched.getActive());

        scim.delete(patched);
        assertThrows(ResourceNotFoundException.class, () -> scim.retrieve("Users", created.getId(),
                UserResource.class));
    }

    @Test
    void runsABulkRequestWithBulkIdReferencesThroughTheSdk() throws ScimException {
        ScimEndpoint all = ScimEndpoint.create(http, "okta", "get:users post:users patch:users get:groups "
                + "post:groups");
        Client own = ClientBuilder.newClient(new ClientConfig().connectorProvider(new JavaNetHttpConnectorProvider()))
                .register((ClientRequestFilter) request -> request.getHeaders().putSingle("Authorization",
                        "Bearer " + all.token()));
        try {
            ScimService service = new ScimService(own.target(http.base() + all.path()));
            GenericScimResource config = service.retrieve(URI.create(http.base() + all.path()
                    + "/ServiceProviderConfig"), GenericScimResource.class);
            assertTrue(config.getObjectNode().path("bulk").path("supported").asBoolean(), config.toString());

            UserResource user = new UserResource().setUserName("bulk.sdk@example.com");
            user.setExternalId("bulk-sdk-1");
            user.setName(new Name().setGivenName("Bulk").setFamilyName("Sdk"));
            GroupResource group = new GroupResource().setDisplayName("Bulk SDK team")
                    .setMembers(new Member().setValue("bulkId:user"));
            BulkResponse response = service.bulkRequest().append(
                    BulkOperation.post("/Groups", group).setBulkId("group"),
                    BulkOperation.post("/Users", user).setBulkId("user"),
                    BulkOperation.patch("/Users/bulkId:user", PatchOperation.replace("displayName", "Bulk SDK")))
                    .invoke();

            List<BulkOperationResult> results = response.getOperations();
            assertEquals(List.of("201", "201", "200"), results.stream().map(BulkOperationResult::getStatus).toList(),
                    results.toString());
            assertEquals("group", results.get(0).getBulkId());
            String userId = "okta|" + all.connectionName() + "|bulk-sdk-1";
            UserResource read = service.retrieve(URI.create(results.get(1).getLocation()), UserResource.class);
            assertEquals(userId, read.getId());
            assertEquals("Bulk SDK", read.getDisplayName());
            GroupResource created = service.retrieve(URI.create(results.get(0).getLocation()), GroupResource.class);
            assertEquals(userId, created.getMembers().getFirst().getValue(), "the member's bulkId became its id");
        } finally {
            own.close();
        }
    }
}
