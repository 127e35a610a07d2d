package dev.inboundscim.adapter.in.http.scim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.adapter.in.http.error.Failure;
import dev.inboundscim.adapter.in.http.error.ScimErrorBody;
import dev.inboundscim.application.port.in.scim.ExecuteScimBulkUseCase.BulkResult;
import dev.inboundscim.application.port.in.scim.ExecuteScimBulkUseCase.Failed;
import dev.inboundscim.application.port.in.scim.ExecuteScimBulkUseCase.OperationResult;
import dev.inboundscim.application.port.in.scim.ExecuteScimBulkUseCase.Succeeded;
import dev.inboundscim.application.port.in.scim.ExecuteScimBulkUseCase.Throttled;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.scim.bulk.BulkMethod;
import dev.inboundscim.domain.scim.bulk.BulkOperation;
import dev.inboundscim.domain.scim.bulk.BulkRequest;
import dev.inboundscim.domain.scim.bulk.BulkResource;
import java.util.ArrayList;
import java.util.List;

/**
 * The BulkResponse of RFC 7644 §3.7.3: per operation its {@code method}, {@code bulkId}, {@code location} (absent
 * only for a failed POST), the new {@code version}, the {@code status} as a string, and for a failure the error body
 * as {@code response}; successes leave {@code response} out, as the RFC allows, so a large group is not copied into
 * the answer. Also the failures, each with the status it got, for their log entries.
 */
record BulkResponseDocument(ObjectNode body, List<LoggedFailure> failures) {

    /** A failed operation as its {@code fscim} entry records it. */
    record LoggedFailure(RequestInfo request, int status, String detail, String userId) {
    }

    static BulkResponseDocument render(BulkResult result, String baseUrl, String connectionId) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("schemas").add(BulkRequest.RESPONSE_SCHEMA);
        ArrayNode operations = body.putArray("Operations");
        List<LoggedFailure> failures = new ArrayList<>();
        String root = baseUrl + "/scim/v2/connections/" + connectionId;
        for (OperationResult operation : result.operations()) {
            ObjectNode node = operations.addObject();
            BulkOperation requested = operation.operation();
            node.put("method", requested.method().name());
            if (requested.bulkId() != null) {
                node.put("bulkId", requested.bulkId());
            }
            boolean located = operation.resourceId() != null
                    && (requested.method() != BulkMethod.POST || operation instanceof Succeeded);
            if (located) {
                node.put("location", root + "/" + requested.resource().endpoint() + "/"
                        + ScimUserDocument.encode(operation.resourceId()));
            }
            switch (operation) {
                case Succeeded s -> {
                    if (s.version() != null) {
                        node.put("version", EntityTags.of(s.version()));
                    }
                    node.put("status", Integer.toString(s.request().successStatus()));
                }
                case Failed f -> {
                    Failure failure = Failure.of(f.error(), requested.method().name(), f.request().path());
                    failed(node, failure.status(), failure.scimType(), failure.detail());
                    failures.add(new LoggedFailure(f.request(), failure.status(), failure.detail(), userId(f)));
                }
                case Throttled t -> {
                    String detail = "Too many requests for this connection; retry after " + t.retryAfterSeconds()
                            + " s";
                    failed(node, 429, null, detail);
                    if (t.record()) {
                        failures.add(new LoggedFailure(t.request(), 429, detail, userId(t)));
                    }
                }
            }
        }
        return new BulkResponseDocument(body, failures);
    }

    private static void failed(ObjectNode node, int status, String scimType, String detail) {
        node.put("status", Integer.toString(status));
        node.set("response", ScimErrorBody.of(status, scimType, detail));
    }

    /** The user a failed Users operation names, for its entry (single requests record the id their path names). */
    private static String userId(OperationResult operation) {
        return operation.operation().resource() == BulkResource.USERS ? operation.resourceId() : null;
    }
}
