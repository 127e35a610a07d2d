package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.user.DeleteUserUseCase;
import dev.inboundscim.application.port.in.user.GetUserScimViewUseCase;
import dev.inboundscim.application.port.in.user.GetUserUseCase;
import dev.inboundscim.application.port.in.user.ListUsersUseCase;

/** The use cases of {@code /users}. */
public record UserUseCases(ListUsersUseCase list, GetUserUseCase get, DeleteUserUseCase delete,
                           GetUserScimViewUseCase scimView) {
}
