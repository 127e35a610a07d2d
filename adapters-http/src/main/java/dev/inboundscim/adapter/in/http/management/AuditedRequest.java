package dev.inboundscim.adapter.in.http.management;

/**
 * What the audit of a Management API write learns while the request runs, kept in the request's context: whether
 * the admin token was accepted, and the body as it was read (the handler reads it once; the audit cannot read it
 * again).
 */
final class AuditedRequest {

    private volatile boolean authenticated;
    private volatile byte[] body;

    void markAuthenticated() {
        authenticated = true;
    }

    boolean authenticated() {
        return authenticated;
    }

    void body(byte[] bytes) {
        body = bytes;
    }

    byte[] body() {
        return body;
    }
}
