package dev.inboundscim.application.service.user;

import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.user.UserId;

/** Turns a client-supplied user id into a {@link UserId}, answering 404 for impossible ones. */
public final class UserIds {

    private UserIds() {
    }

    public static UserId parse(String text) {
        if (!UserId.isAcceptable(text)) {
            throw new NotFoundException("User not found");
        }
        return new UserId(text);
    }
}
