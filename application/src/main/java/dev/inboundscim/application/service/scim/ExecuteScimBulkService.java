package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.auth.AuthenticateScimRequestUseCase.AuthenticateScimRequestCommand;
import dev.inboundscim.application.port.in.auth.AuthenticateScimRequestUseCase;
import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.application.port.in.ratelimit.AdmitScimRequestUseCase.Admission;
import dev.inboundscim.application.port.in.ratelimit.AdmitScimRequestUseCase;
import dev.inboundscim.application.port.in.scim.ExecuteScimBulkUseCase;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.scim.bulk.BulkIds;
import dev.inboundscim.domain.scim.bulk.BulkMethod;
import dev.inboundscim.domain.scim.bulk.BulkOperation;
import dev.inboundscim.domain.scim.bulk.BulkPlan.Step;
import dev.inboundscim.domain.scim.bulk.BulkPlan;
import dev.inboundscim.domain.scim.value.ScimObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a bulk request's operations one by one in {@link BulkPlan}'s order. Each is admitted by the connection's
 * rate limit and authenticated with its own scope exactly as its single request would be, then handed to
 * {@link BulkDispatch}, which calls that request's use case; so each operation is logged, and later has every side
 * effect, like the single request.
 */
public final class ExecuteScimBulkService implements ExecuteScimBulkUseCase {

    private final AdmitScimRequestUseCase admit;
    private final AuthenticateScimRequestUseCase authenticate;
    private final BulkDispatch dispatch;

    public ExecuteScimBulkService(AdmitScimRequestUseCase admit, AuthenticateScimRequestUseCase authenticate,
                                  BulkDispatch dispatch) {
        this.admit = admit;
        this.authenticate = authenticate;
        this.dispatch = dispatch;
    }

    @Override
    public BulkResult execute(ExecuteScimBulkCommand command) {
        BulkPlan plan = BulkPlan.of(command.bulk());
        int failOnErrors = command.bulk().failOnErrors();
        int errors = 0;
        List<OperationResult> results = new ArrayList<>();
        for (Optional<Step> next = plan.next(); next.isPresent(); next = plan.next()) {
            OperationResult result = switch (next.get()) {
                case Step.Run run -> run(command, run.operation(), plan.ids());
                case Step.Unresolvable u -> failed(command, u.operation(), plan.ids(), ConflictException.conflict(
                        "Operations[" + u.operation().index() + "] refers to bulkId " + u.bulkId()
                                + ", which no operation of this request created"));
                case Step.Circular c -> failed(command, c.operation(), plan.ids(), ConflictException.conflict(
                        "Operations[" + c.operation().index() + "] is part of a circular bulkId reference"));
            };
            results.add(result);
            if (result instanceof Succeeded && result.operation().method() == BulkMethod.POST) {
                plan.created(result.operation(), result.resourceId());
            } else if (!(result instanceof Succeeded)) {
                plan.failed(result.operation());
                errors++;
                // RFC 7644 §3.7: once failOnErrors errors occurred, the remaining operations are not run.
                if (failOnErrors > 0 && errors >= failOnErrors) {
                    break;
                }
            }
        }
        results.sort(Comparator.comparingInt(r -> r.operation().index()));
        return new BulkResult(results);
    }

    private OperationResult run(ExecuteScimBulkCommand command, BulkOperation operation, Map<String, String> ids) {
        String resourceId = operation.resourceId() == null ? null : BulkIds.resolve(operation.resourceId(), ids);
        ScimObject data = BulkIds.resolve(operation.data(), ids);
        RequestInfo request = request(command.request(), operation, resourceId, data);
        // The order of a single request (SPEC §7.1, §3): the rate limit first, then the token and its scope.
        Admission admission = admit.admit(command.connectionId());
        if (!admission.admitted()) {
            return new Throttled(operation, request, resourceId, admission.retryAfterSeconds(),
                    admission.recordRefusal());
        }
        try {
            ScimContext context = authenticate.authenticate(new AuthenticateScimRequestCommand(
                    command.connectionId(), command.secret(), operation.scope()));
            return dispatch.run(context, operation, resourceId, data, request);
        } catch (RuntimeException e) {
            return new Failed(operation, request, resourceId, e);
        }
    }

    private static Failed failed(ExecuteScimBulkCommand command, BulkOperation operation, Map<String, String> ids,
                                 RuntimeException error) {
        String resourceId = operation.resourceId() == null ? null : BulkIds.resolve(operation.resourceId(), ids);
        return new Failed(operation, request(command.request(), operation, resourceId, operation.data()),
                resourceId, error);
    }

    /**
     * The operation as its single request would be logged: its method, path and body (redacted by
     * {@link RequestInfo#of}), with the bulk request's client and address.
     */
    private static RequestInfo request(RequestInfo bulk, BulkOperation operation, String resourceId,
                                       ScimObject data) {
        String root = bulk.path().substring(0, bulk.path().lastIndexOf('/'));
        String path = root + "/" + operation.resource().endpoint() + (resourceId == null ? "" : "/" + resourceId);
        int successStatus = switch (operation.method()) {
            case POST -> 201;
            case PUT, PATCH -> 200;
            case DELETE -> 204;
        };
        return RequestInfo.of(operation.method().name(), path, null, bulk.ip(), bulk.userAgent(),
                operation.method() == BulkMethod.DELETE ? null : data,
                operation.method().name() + " " + operation.resource().endpoint(), successStatus);
    }
}
