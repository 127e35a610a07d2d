package dev.inboundscim.adapter.in.http.management;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.inboundscim.adapter.in.http.BaseUrls;
import dev.inboundscim.adapter.in.http.HttpSettings;
import dev.inboundscim.adapter.in.http.RequestBodies;
import dev.inboundscim.adapter.in.http.auth.BearerToken;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.application.port.in.auth.AuthenticateAdminUseCase;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.value.ScimObject;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Runs one Management API request: admin authentication, JSON in and out, Auth0-shaped errors. */
final class ManagementExchange {

    private final AuthenticateAdminUseCase authenticate;
    private final JsonCodec json;
    private final HttpSettings settings;

    ManagementExchange(AuthenticateAdminUseCase authenticate, JsonCodec json, HttpSettings settings) {
        this.authenticate = authenticate;
        this.json = json;
        this.settings = settings;
    }

    @FunctionalInterface
    interface Handler {
        void handle(Call call) throws IOException;
    }

    /**
     * Runs {@code handler} after admin authentication. A failure it throws goes to the routing's error handler
     * ({@link ManagementErrorAnswers}); a body that does not bind is answered here, as the binding is this API's.
     */
    void run(ServerRequest request, ServerResponse response, Handler handler) {
        Call call = new Call(request, response);
        authenticate.authenticate(BearerToken.from(request));
        request.context().get(AuditedRequest.class).ifPresent(AuditedRequest::markAuthenticated);
        rejectNul(request.query().rawValue());
        try {
            handler.handle(call);
        } catch (UnrecognizedPropertyException e) {
            // Its name is the client's own text: quoted only when it is a plain field name.
            String field = e.getPropertyName();
            call.fail(400, field != null && field.matches("[A-Za-z0-9_.-]{1,64}") ? "Unknown field: " + field
                    : "The request body has an unknown field", "invalid_body");
        } catch (IOException e) {
            call.fail(400, "The request body is not valid JSON for this operation", "invalid_body");
        }
    }

    /** No store keeps NUL characters, so input carrying one is refused before it reaches a query. */
    private static void rejectNul(String text) {
        if (text != null && (text.contains("%00") || text.indexOf('\0') >= 0)) {
            throw BadRequestException.invalidValue("NUL characters are not allowed");
        }
    }

    /** One Management API request/response pair. */
    final class Call {
        private final ServerRequest request;
        private final ServerResponse response;

        Call(ServerRequest request, ServerResponse response) {
            this.request = request;
            this.response = response;
        }

        /** The base URL clients reach this server at ({@code PUBLIC_BASE_URL}, else from the request). */
        String baseUrl() {
            return BaseUrls.of(request, settings);
        }

        String pathParameter(String name) {
            return request.path().pathParameters().get(name);
        }

        String query(String name) {
            return request.query().first(name).orElse(null);
        }

        /** A {@code true}/{@code false} query parameter; absent or blank is false, anything else a 400. */
        boolean flag(String name) {
            String value = query(name);
            if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
                return false;
            }
            if (value.equalsIgnoreCase("true")) {
                return true;
            }
            throw BadRequestException.invalidValue(name + " must be true or false");
        }

        Integer intQuery(String name) {
            String value = query(name);
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw BadRequestException.invalidValue(name + " must be an integer");
            }
        }

        /** The body bound to {@code type}; an empty body binds to null. */
        <T> T body(Class<T> type) throws IOException {
            byte[] bytes = RequestBodies.read(request, settings.maxBodyBytes());
            request.context().get(AuditedRequest.class).ifPresent(audited -> audited.body(bytes));
            if (bytes.length == 0) {
                return null;
            }
            // JSON can only carry NUL as an escape, so checking the text for it covers every field.
            rejectNul(new String(bytes, StandardCharsets.UTF_8).replace("\\u0000", "\0"));
            JsonNode node = json.mapper().readTree(bytes);
            if (node == null || !node.isObject()) {
                throw BadRequestException.invalidSyntax("The request body must be a JSON object");
            }
            return json.mapper().treeToValue(node, type);
        }

        /** The body bound to {@code type}; an empty body is a 400. */
        <T> T requiredBody(Class<T> type) throws IOException {
            T body = body(type);
            if (body == null) {
                throw BadRequestException.invalidValue("A JSON body is required");
            }
            return body;
        }

        /** A JSON object of the body (such as login claims) as the domain's value; anything else is an error. */
        ScimObject object(JsonNode node, String field) throws IOException {
            if (node == null || node.isNull() || node.isMissingNode()) {
                return null;
            }
            if (!node.isObject()) {
                throw BadRequestException.invalidValue(field + " must be a JSON object");
            }
            return json.readObject(json.mapper().writeValueAsBytes(node));
        }

        void respond(int status, Object body) {
            response.status(Status.create(status));
            response.header(HeaderNames.CONTENT_TYPE, "application/json");
            response.send(json.write(body));
        }

        void noContent() {
            response.status(Status.NO_CONTENT_204);
            response.send();
        }

        void fail(int status, String message, String errorCode) {
            ManagementErrorAnswers.answer(response, status, message, errorCode);
        }
    }
}
