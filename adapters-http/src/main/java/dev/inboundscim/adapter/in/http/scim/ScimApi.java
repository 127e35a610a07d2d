package dev.inboundscim.adapter.in.http.scim;

import dev.inboundscim.adapter.in.http.HttpSettings;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/** The SCIM endpoint ({@code /scim/v2}, SPEC §3): registers every SCIM route, the catch-all 404 last. */
public final class ScimApi implements HttpService {

    private final ScimUseCases useCases;
    private final ScimExchange exchange;
    private final int maxResults;
    private final long groupPatchResponseMaxMembers;

    public ScimApi(ScimUseCases useCases, JsonCodec json, HttpSettings settings, int maxResults,
                   long groupPatchResponseMaxMembers) {
        this.useCases = useCases;
        this.exchange = new ScimExchange(useCases.authenticate(), useCases.recordFailure(), json, settings);
        this.maxResults = maxResults;
        this.groupPatchResponseMaxMembers = groupPatchResponseMaxMembers;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.register(
                new ScimUserRoutes(exchange, useCases.createUser(), useCases.getUser(), useCases.replaceUser(),
                        useCases.deleteUser(), useCases.searchUsers(), useCases.patchUser()),
                new ScimGroupRoutes(exchange, useCases.groups(), groupPatchResponseMaxMembers),
                new ScimDiscoveryRoutes(exchange, useCases.describeSchemas(), useCases.recordSuccess(), maxResults));
    }
}
