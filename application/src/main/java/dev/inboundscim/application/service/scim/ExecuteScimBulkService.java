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
 *
 * <p>A cycle of {@code bulkId} references (users naming each other as manager) is resolved as RFC 7644 §3.7.1 asks:
 * its first POST creates the resource without the references not yet known, the others run with its id, and once
 * the request has run it is completed by a replace with every reference resolved (logged as that PUT). If that
 * fails (a reference whose POST failed, or a value the resource refuses, such as a group as a member), the resource
 * is deleted again and the operation answered 409: never half-applied.
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
        List<Succeeded> broken = new ArrayList<>();
        for (Optional<Step> next = plan.next(); next.isPresent(); next = plan.next()) {
            OperationResult result = switch (next.get()) {
                case Step.Run run -> run(command, run.operation(), run.operation().data(), plan.ids());
                case Step.Unresolvable u -> failed(command, u.operation(), plan.ids(), ConflictException.conflict(
                        "Operations[" + u.operation().index() + "] refers to bulkId " + u.bulkId()
                                + ", which no operation of this request created"));
                case Step.Circular c -> breakCycle(command, c.operation(), plan.ids(), broken);
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
        for (Succeeded created : broken) {
            OperationResult completed = complete(command, created, plan.ids());
            results.replaceAll(r -> r == created ? completed : r);
        }
        results.sort(Comparator.comparingInt(r -> r.operation().index()));
        return new BulkResult(results);
    }

    /** The first POST of a cycle, created without the references nothing has created yet. */
    private OperationResult breakCycle(ExecuteScimBulkCommand command, BulkOperation operation,
                                       Map<String, String> ids, List<Succeeded> broken) {
        if (operation.method() != BulkMethod.POST) {
            return failed(command, operation, ids, circular(operation, "it is no POST"));
        }
        OperationResult result = run(command, operation, BulkIds.withoutUnresolved(operation.data(), ids), ids);
        if (result instanceof Succeeded created) {
            broken.add(created);
        }
        return result;
    }

    /** The created resource of a broken cycle replaced with every reference resolved, or deleted again. */
    private OperationResult complete(ExecuteScimBulkCommand command, Succeeded created, Map<String, String> ids) {
        BulkOperation post = created.operation();
        ScimObject data = BulkIds.resolve(post.data(), ids);
        BulkOperation replace = new BulkOperation(post.index(), BulkMethod.PUT, null, null, post.resource(),
                created.resourceId(), data);
        try {
            if (BulkIds.referencesIn(data).isPresent()) {
                throw circular(post, "a resource it refers to was not created");
            }
            ScimContext context = authenticate.authenticate(new AuthenticateScimRequestCommand(
                    command.connectionId(), command.secret(), post.scope()));
            Succeeded replaced = dispatch.run(context, replace, created.resourceId(), data,
                    request(command.request(), replace, created.resourceId(), data));
            return new Succeeded(post, created.request(), created.resourceId(), replaced.version());
        } catch (RuntimeException e) {
            undo(command, created);
            return new Failed(post, created.request(), null, e instanceof ConflictException ? e
                    : circular(post, e.getMessage()));
        }
    }

    private void undo(ExecuteScimBulkCommand command, Succeeded created) {
        BulkOperation post = created.operation();
        BulkOperation delete = new BulkOperation(post.index(), BulkMethod.DELETE, null, null, post.resource(),
                created.resourceId(), ScimObject.EMPTY);
        try {
            ScimContext context = authenticate.authenticate(new AuthenticateScimRequestCommand(
                    command.connectionId(), command.secret(), post.scope()));
            dispatch.run(context, delete, created.resourceId(), ScimObject.EMPTY,
                    request(command.request(), delete, created.resourceId(), ScimObject.EMPTY));
        } catch (RuntimeException e) {
            // Gone already (a later operation of the request deleted it): nothing is left half-applied.
        }
    }

    private static ConflictException circular(BulkOperation operation, String why) {
        return ConflictException.conflict("Operations[" + operation.index() + "] is part of a circular bulkId "
                + "reference that could not be resolved: " + why);
    }

    private OperationResult run(ExecuteScimBulkCommand command, BulkOperation operation, ScimObject body,
                                Map<String, String> ids) {
        String resourceId = operation.resourceId() == null ? null : BulkIds.resolve(operation.resourceId(), ids);
        ScimObject data = BulkIds.resolve(body, ids);
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
