package dev.inboundscim.adapter.in.http;

import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.user.UserId;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Ids a request names, parsed where it enters, before any use case runs: an id that cannot exist is answered like
 * one that does not (404), so a client learns nothing from the difference. Both APIs word users and groups alike.
 */
public final class PathIds {

    private PathIds() {
    }

    public static UserId user(String text) {
        return parse(text, UserId::isAcceptable, UserId::new, () -> new NotFoundException("User not found"));
    }

    public static GroupId group(String text) {
        return parse(text, GroupId::isWellFormed, GroupId::new, () -> new NotFoundException("Group not found"));
    }

    /** {@code text} as an id when {@code wellFormed} says it can be one; {@code otherwise} is thrown when not. */
    public static <T> T parse(String text, Predicate<String> wellFormed, Function<String, T> id,
                              Supplier<? extends RuntimeException> otherwise) {
        if (!wellFormed.test(text)) {
            throw otherwise.get();
        }
        return id.apply(text);
    }
}
