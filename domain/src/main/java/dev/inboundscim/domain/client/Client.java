package dev.inboundscim.domain.client;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.id.ResourceName;
import dev.inboundscim.domain.logstream.HttpSink;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An application that signs users in through this tenant (SPEC §4). Its back-channel logout URLs receive an OpenID
 * Connect Back-Channel Logout token when a user with a session at it is deactivated or deleted.
 */
public record Client(ClientId id, String name, List<URI> backchannelLogoutUrls, long version, Instant createdAt,
                     Instant updatedAt) {

    private static final int MAX_URLS = 10;

    public Client {
        Objects.requireNonNull(id, "id");
        name = ResourceName.require(name);
        backchannelLogoutUrls = List.copyOf(backchannelLogoutUrls);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Client create(String name, List<URI> backchannelLogoutUrls, Instant now) {
        return new Client(ClientId.generate(), name, backchannelLogoutUrls, 1, now, now);
    }

    public Client with(String newName, List<URI> newUrls, Instant now) {
        return new Client(id, newName, newUrls, version + 1, createdAt, now);
    }

    /** Validates client input: absolute http(s) URLs, at most ten, each once. */
    public static List<URI> logoutUrls(List<String> urls) {
        if (urls == null) {
            return List.of();
        }
        if (urls.size() > MAX_URLS) {
            throw BadRequestException.invalidValue("at most " + MAX_URLS + " backchannel_logout_urls");
        }
        return urls.stream().map(url -> {
            try {
                return HttpSink.endpoint(url);
            } catch (BadRequestException e) {
                throw BadRequestException.invalidValue("backchannel_logout_urls must be absolute http or https URLs");
            }
        }).distinct().toList();
    }
}
