package dev.inboundscim.domain.log;

import dev.inboundscim.domain.scim.value.ScimValue;

/**
 * What a request log records about the request itself; {@code query} and {@code body} are already redacted.
 *
 * @param operation     the operation the route serves ({@code POST Users}), as the API names it
 * @param successStatus the status the route answers when the operation succeeds
 */
public record RequestInfo(String method, String path, String query, String ip, String userAgent, ScimValue body,
                          String operation, int successStatus) {

    public static RequestInfo of(String method, String path, String query, String ip, String userAgent,
                                 ScimValue rawBody, String operation, int successStatus) {
        return new RequestInfo(method, path, LogRedaction.redactQuery(query), ip, userAgent,
                rawBody == null ? null : LogRedaction.redact(rawBody), operation, successStatus);
    }
}
