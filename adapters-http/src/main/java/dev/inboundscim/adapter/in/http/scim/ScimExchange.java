package dev.inboundscim.adapter.in.http.scim;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inboundscim.adapter.in.http.BaseUrls;
import dev.inboundscim.adapter.in.http.HttpSettings;
import dev.inboundscim.adapter.in.http.RequestBodies;
import dev.inboundscim.adapter.in.http.RequestLabels;
import dev.inboundscim.adapter.in.http.auth.BearerToken;
import dev.inboundscim.adapter.in.http.error.Failure;
import dev.inboundscim.adapter.in.http.error.ScimErrorBody;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.application.port.in.auth.AuthenticateScimRequestUseCase.AuthenticateScimRequestCommand;
import dev.inboundscim.application.port.in.auth.AuthenticateScimRequestUseCase;
import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.application.port.in.log.RecordScimFailureUseCase.RecordScimFailureCommand;
import dev.inboundscim.application.port.in.log.RecordScimFailureUseCase;
import dev.inboundscim.application.port.in.ratelimit.AdmitScimRequestUseCase.Admission;
import dev.inboundscim.application.port.in.ratelimit.AdmitScimRequestUseCase;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.UnavailableException;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.token.TokenSecret;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;

/**
 * Runs one SCIM request: authenticates it, reads its body once, answers in {@code application/scim+json}, and turns
 * every failure into the RFC 7644 error body plus its {@code fscim} log entry.
 */
public final class ScimExchange {

    public static final String SCIM_JSON = "application/scim+json";
    private static final HeaderName RATE_LIMIT_LIMIT = HeaderNames.create("X-RateLimit-Limit");
    private static final HeaderName RATE_LIMIT_REMAINING = HeaderNames.create("X-RateLimit-Remaining");
    private static final HeaderName RATE_LIMIT_RESET = HeaderNames.create("X-RateLimit-Reset");
    private static final int STREAM_ABOVE_BYTES = 256 * 1024;
    private static final int STREAM_CHUNK_BYTES = 64 * 1024;
    private static final Logger LOG = System.getLogger(ScimExchange.class.getName());

    private final AdmitScimRequestUseCase admit;
    private final AuthenticateScimRequestUseCase authenticate;
    private final RecordScimFailureUseCase recordFailure;
    private final JsonCodec json;
    private final HttpSettings settings;

    public ScimExchange(AdmitScimRequestUseCase admit, AuthenticateScimRequestUseCase authenticate,
                        RecordScimFailureUseCase recordFailure, JsonCodec json, HttpSettings settings) {
        this.admit = admit;
        this.authenticate = authenticate;
        this.recordFailure = recordFailure;
        this.json = json;
        this.settings = settings;
    }

    /** What a handler does once the request is authenticated. */
    @FunctionalInterface
    public interface Handler {
        void handle(ScimContext context, Call call);
    }

    /**
     * Runs {@code handler} for a request to {@code path} that {@code operation} serves. A failure it
     * throws goes to the routing's error handler ({@link ScimErrorAnswers}), which finds this call in the request's
     * context to answer and log it.
     */
    public void run(ScimPath path, ServerRequest request, ServerResponse response, ScimOperation operation,
                    Handler handler) {
        run(path, request, response, operation, settings.maxBodyBytes(), "limit", handler);
    }

    /** As {@link #run(ScimPath, ServerRequest, ServerResponse, ScimOperation, Handler)}, with its own body limit. */
    void run(ScimPath path, ServerRequest request, ServerResponse response, ScimOperation operation, int bodyLimit,
             String limitName, Handler handler) {
        Call call = new Call(path, request, response, operation);
        request.context().register(call);
        try {
            if (!call.admitted()) {
                return;
            }
            call.readBody(bodyLimit, limitName);
            call.secret = TokenSecret.parse(BearerToken.from(request)).orElse(null);
            ScimContext context = authenticate.authenticate(new AuthenticateScimRequestCommand(
                    call.requiredConnection(), call.secret, operation.scope()));
            call.authenticated(context);
            handler.handle(context, call);
        } catch (RuntimeException e) {
            if (!response.isSent()) {
                throw e;
            }
            // A streamed body failed half-way: the status is out already, so the client sees a cut response.
            LOG.log(Level.WARNING, "SCIM response cut short after it started: " + e);
            call.record(500, "The response was cut short");
        }
    }

    /**
     * Answers a request that no SCIM route handles ({@code path} null), or with a method the resource at {@code path}
     * does not allow.
     */
    public void reject(ScimPath path, ServerRequest request, ServerResponse response, int status, String detail) {
        call(path, request, response).fail(status, null, detail);
    }

    /** A call for a request that did not reach {@link #run}. */
    Call call(ScimPath path, ServerRequest request, ServerResponse response) {
        return new Call(path, request, response, ScimOperation.unrouted(request.prologue().uriPath().rawPath()));
    }

    /** One request/response pair being served. */
    public final class Call {
        private final ScimPath path;
        private final ConnectionId connection;
        private final ScimOperation operation;
        private final ServerRequest request;
        private final ServerResponse response;
        private byte[] body = new byte[0];
        private RequestInfo info;
        private String userId;
        private TokenSecret secret;

        private Call(ScimPath path, ServerRequest request, ServerResponse response, ScimOperation operation) {
            this.path = path;
            this.connection = path == null || !ConnectionId.isWellFormed(path.connectionId()) ? null
                    : new ConnectionId(path.connectionId());
            this.operation = operation;
            this.request = request;
            this.response = response;
            request.context().register(new RequestLabels(connection == null ? null : connection.value(), false,
                    operation.name(RequestLabels.method(request.prologue().method().text()))));
        }

        /** The request's token proved its connection: its metrics are labelled with it. */
        private void authenticated(ScimContext context) {
            request.context().get(RequestLabels.class).ifPresent(labels -> request.context()
                    .register(labels.authenticatedAs(context.connection().id().value())));
        }

        /**
         * Takes the request's token from its connection's bucket, telling the client where it stands
         * ({@code X-RateLimit-*}); over the limit it is answered 429 with {@code Retry-After} at once, its
         * {@code fscim} entry sampled (SPEC §7.1).
         */
        private boolean admitted() {
            if (connection == null) {
                return true;
            }
            Admission admission = admit.admit(connection);
            if (admission.limited()) {
                response.header(RATE_LIMIT_LIMIT, String.valueOf(admission.limit()));
                response.header(RATE_LIMIT_REMAINING, String.valueOf(admission.remaining()));
                response.header(RATE_LIMIT_RESET, String.valueOf(admission.resetSeconds()));
            }
            if (admission.admitted()) {
                return true;
            }
            response.header(HeaderNames.RETRY_AFTER, String.valueOf(admission.retryAfterSeconds()));
            answer(429, null, "Too many requests for this connection; retry after "
                    + admission.retryAfterSeconds() + " s");
            if (admission.recordRefusal()) {
                record(429, "Too many requests (rate limit)");
            }
            return false;
        }

        private void readBody(int limit, String limitName) {
            body = RequestBodies.read(request, limit, limitName);
        }

        /** The token the request presented, which a bulk request's operations present again (RFC 7644 §3.7). */
        TokenSecret secret() {
            return secret;
        }

        /** The connection the path names; one that cannot exist is no SCIM endpoint (404), as SPEC §3 says first. */
        private ConnectionId requiredConnection() {
            if (connection == null) {
                throw new NotFoundException("No SCIM endpoint at this address");
            }
            return connection;
        }

        /** The resource the path names under its endpoint (a user id, a group id, a schema URN), decoded. */
        public String resource() {
            return path.resource();
        }

        public String query(String name) {
            return request.query().first(name).orElse(null);
        }

        /** The body as a JSON object (400 invalidSyntax otherwise). */
        public ScimObject bodyObject() {
            return json.readObject(body);
        }

        /** The user this request concerns, for its log entry. */
        public void userId(String id) {
            this.userId = id;
        }

        public String baseUrl() {
            return BaseUrls.of(request, settings);
        }

        /** The request as its log entry records it, body redacted. */
        public RequestInfo info() {
            if (info == null) {
                String method = request.prologue().method().text();
                info = RequestInfo.of(method, request.prologue().uriPath().rawPath(),
                        request.query().rawValue().isEmpty() ? null : request.query().rawValue(), clientIp(),
                        request.headers().first(HeaderNames.USER_AGENT).orElse(null), json.readForLog(body),
                        operation.name(method), operation.successStatus());
            }
            return info;
        }

        public void respond(int status, JsonNode document) {
            response.status(Status.create(status));
            response.header(HeaderNames.CONTENT_TYPE, SCIM_JSON);
            response.send(json.write(document));
        }

        /** A single resource: {@code Location} and the weak {@code ETag} of its version (RFC 7644 §3.14). */
        public void respondResource(int status, JsonNode document, String location, long version) {
            response.header(HeaderNames.LOCATION, location);
            response.header(HeaderNames.ETAG, EntityTags.of(version));
            respond(status, document);
        }

        /** The version {@code If-Match} requires, or null when there is none or it is {@code *}. */
        public Long expectedVersion() {
            return EntityTags.expectedVersion(request.headers().first(HeaderNames.IF_MATCH).orElse(null));
        }

        /** Writes a JSON document piece by piece while it is being read from the store. */
        @FunctionalInterface
        public interface StreamedBody {
            void write(JsonGenerator out, ObjectMapper mapper) throws IOException;
        }

        /**
         * Answers with a body written straight to the connection, for documents too large to build in memory. Once the
         * first bytes are out, a failure can only cut the response short: it is logged, never turned into a status.
         */
        public void respondStreamed(int status, String location, Long version, StreamedBody body) {
            response.status(Status.create(status));
            response.header(HeaderNames.CONTENT_TYPE, SCIM_JSON);
            if (location != null) {
                response.header(HeaderNames.LOCATION, location);
            }
            if (version != null) {
                response.header(HeaderNames.ETAG, EntityTags.of(version));
            }
            try (OutputStream stream = new SpillingBody();
                 JsonGenerator out = json.mapper().getFactory().createGenerator(stream)) {
                body.write(out, json.mapper());
            } catch (IOException e) {
                throw new UncheckedIOException("the response could not be written", e);
            }
        }

        /**
         * Holds a body in memory up to {@link #STREAM_ABOVE_BYTES}, then sends it with a length in one write; past
         * that, streams it in large chunks. Small documents thus go out as one packet (a chunked trickle of small
         * writes meets delayed ACKs and costs tens of milliseconds), and large ones never sit in memory whole.
         */
        private final class SpillingBody extends OutputStream {
            private ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
            private OutputStream stream;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (stream != null) {
                    stream.write(bytes, offset, length);
                    return;
                }
                buffer.write(bytes, offset, length);
                if (buffer.size() > STREAM_ABOVE_BYTES) {
                    stream = new BufferedOutputStream(response.outputStream(), STREAM_CHUNK_BYTES);
                    buffer.writeTo(stream);
                    buffer = null;
                }
            }

            @Override
            public void close() throws IOException {
                if (stream != null) {
                    stream.close();
                } else if (buffer != null) {
                    response.send(buffer.toByteArray());
                    buffer = null;
                }
            }
        }

        public void noContent() {
            response.status(Status.NO_CONTENT_204);
            response.send();
        }

        /** 204 for a write that changed a resource: its new version travels as {@code ETag}. */
        public void noContent(long version) {
            response.header(HeaderNames.ETAG, EntityTags.of(version));
            noContent();
        }

        void fail(int status, String scimType, String detail) {
            answer(status, scimType, detail);
            record(status, detail);
        }

        /** Answers {@code failure} with the RFC 7644 body and records it as this request's {@code fscim} entry. */
        void fail(Failure failure) {
            if (failure.retryAfterSeconds() > 0) {
                response.header(HeaderNames.RETRY_AFTER, String.valueOf(failure.retryAfterSeconds()));
            }
            fail(failure.status(), failure.scimType(), failure.detail());
        }

        private void answer(int status, String scimType, String detail) {
            if (status == 401) {
                response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"SCIM\"");
            }
            respond(status, ScimErrorBody.of(status, scimType, detail));
        }

        void record(int status, String detail) {
            record(info(), status, detail, userId);
        }

        /** Records the {@code fscim} entry of one failed part of this request (a bulk operation) as {@code info}. */
        void record(RequestInfo info, int status, String detail, String userId) {
            try {
                recordFailure.record(new RecordScimFailureCommand(connection, info, status, detail, userId));
            } catch (UnavailableException e) {
                // The store's outage is reported by its health check, once; this entry is lost with it.
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not record the failure log entry of a SCIM request", e);
            }
        }

        private String clientIp() {
            return settings.trustedProxies().clientIp(request.remotePeer().address(), request.headers());
        }
    }
}
