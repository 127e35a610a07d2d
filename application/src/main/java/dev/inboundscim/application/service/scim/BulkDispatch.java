package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.application.port.in.scim.CreateScimGroupUseCase.CreateScimGroupCommand;
import dev.inboundscim.application.port.in.scim.CreateScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.CreateScimUserUseCase.CreateScimUserCommand;
import dev.inboundscim.application.port.in.scim.CreateScimUserUseCase;
import dev.inboundscim.application.port.in.scim.DeleteScimGroupUseCase.DeleteScimGroupCommand;
import dev.inboundscim.application.port.in.scim.DeleteScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.DeleteScimUserUseCase.DeleteScimUserCommand;
import dev.inboundscim.application.port.in.scim.DeleteScimUserUseCase;
import dev.inboundscim.application.port.in.scim.ExecuteScimBulkUseCase.Succeeded;
import dev.inboundscim.application.port.in.scim.PatchScimGroupUseCase.PatchScimGroupCommand;
import dev.inboundscim.application.port.in.scim.PatchScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.PatchScimUserUseCase.PatchScimUserCommand;
import dev.inboundscim.application.port.in.scim.PatchScimUserUseCase;
import dev.inboundscim.application.port.in.scim.ReplaceScimGroupUseCase.ReplaceScimGroupCommand;
import dev.inboundscim.application.port.in.scim.ReplaceScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.ReplaceScimUserUseCase.ReplaceScimUserCommand;
import dev.inboundscim.application.port.in.scim.ReplaceScimUserUseCase;
import dev.inboundscim.application.port.in.scim.ScimGroupView;
import dev.inboundscim.application.port.in.scim.ScimUserView;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.group.GroupResource;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.scim.bulk.BulkOperation;
import dev.inboundscim.domain.scim.patch.PatchRequest;
import dev.inboundscim.domain.scim.value.EntityTag;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.UserId;

/**
 * Turns one resolved bulk operation into the command of its single request and calls that request's use case, the
 * way the HTTP routes do: the body is parsed before the id, an id that cannot exist is 404 like an unknown one, and
 * {@code version} is read like {@code If-Match}.
 */
public final class BulkDispatch {

    private final CreateScimUserUseCase createUser;
    private final ReplaceScimUserUseCase replaceUser;
    private final PatchScimUserUseCase patchUser;
    private final DeleteScimUserUseCase deleteUser;
    private final CreateScimGroupUseCase createGroup;
    private final ReplaceScimGroupUseCase replaceGroup;
    private final PatchScimGroupUseCase patchGroup;
    private final DeleteScimGroupUseCase deleteGroup;

    public BulkDispatch(CreateScimUserUseCase createUser, ReplaceScimUserUseCase replaceUser,
                        PatchScimUserUseCase patchUser, DeleteScimUserUseCase deleteUser,
                        CreateScimGroupUseCase createGroup, ReplaceScimGroupUseCase replaceGroup,
                        PatchScimGroupUseCase patchGroup, DeleteScimGroupUseCase deleteGroup) {
        this.createUser = createUser;
        this.replaceUser = replaceUser;
        this.patchUser = patchUser;
        this.deleteUser = deleteUser;
        this.createGroup = createGroup;
        this.replaceGroup = replaceGroup;
        this.patchGroup = patchGroup;
        this.deleteGroup = deleteGroup;
    }

    /** Runs {@code operation} with its references resolved into {@code resourceId} and {@code data}. */
    Succeeded run(ScimContext context, BulkOperation operation, String resourceId, ScimObject data,
                  RequestInfo request) {
        return switch (operation.resource()) {
            case USERS -> users(context, operation, resourceId, data, request);
            case GROUPS -> groups(context, operation, resourceId, data, request);
        };
    }

    private Succeeded users(ScimContext context, BulkOperation operation, String resourceId, ScimObject data,
                            RequestInfo request) {
        ScimUserView view = switch (operation.method()) {
            case POST -> createUser.create(new CreateScimUserCommand(context, data, request));
            case PUT -> replaceUser.replace(new ReplaceScimUserCommand(context, user(resourceId), data,
                    version(operation), request));
            case PATCH -> {
                PatchRequest patch = PatchRequest.parse(data);
                yield patchUser.patch(new PatchScimUserCommand(context, user(resourceId), patch, version(operation),
                        request));
            }
            case DELETE -> {
                deleteUser.delete(new DeleteScimUserCommand(context, user(resourceId), version(operation), request));
                yield null;
            }
        };
        return view == null ? new Succeeded(operation, request, resourceId, null)
                : new Succeeded(operation, request, view.user().id().value(), view.user().version());
    }

    private Succeeded groups(ScimContext context, BulkOperation operation, String resourceId, ScimObject data,
                             RequestInfo request) {
        ScimGroupView view = switch (operation.method()) {
            case POST -> createGroup.create(new CreateScimGroupCommand(context, GroupResource.parse(data), request));
            case PUT -> {
                GroupResource resource = GroupResource.parse(data);
                yield replaceGroup.replace(new ReplaceScimGroupCommand(context, group(resourceId), resource,
                        version(operation), request));
            }
            case PATCH -> {
                PatchRequest patch = PatchRequest.parse(data);
                yield patchGroup.patch(new PatchScimGroupCommand(context, group(resourceId), patch,
                        version(operation), request));
            }
            case DELETE -> {
                deleteGroup.delete(new DeleteScimGroupCommand(context, group(resourceId), version(operation),
                        request));
                yield null;
            }
        };
        return view == null ? new Succeeded(operation, request, resourceId, null)
                : new Succeeded(operation, request, view.group().id().value(), view.group().version());
    }

    private static Long version(BulkOperation operation) {
        return EntityTag.expectedVersion(operation.version(), "version");
    }

    private static UserId user(String id) {
        if (!UserId.isAcceptable(id)) {
            throw new NotFoundException("User not found");
        }
        return new UserId(id);
    }

    private static GroupId group(String id) {
        if (!GroupId.isWellFormed(id)) {
            throw new NotFoundException("Group not found");
        }
        return new GroupId(id);
    }
}
