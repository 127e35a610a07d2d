package dev.inboundscim.domain.log;

import dev.inboundscim.domain.scim.value.ScimValue;

/** What a request log records about the request itself; {@code query} and {@code body} are already redacted. */
public record RequestInfo(String method, String path, String query, String ip, String userAgent, ScimValue body) {

    public static RequestInfo of(String method, String path, String query, String ip, String userAgent,
                                 ScimValue rawBody) {
        return new RequestInfo(method, path, LogRedaction.redactQuery(query), ip, userAgent,
                rawBody == null ? null : LogRedaction.redact(rawBody));
    }
}
