package dev.inboundscim.application.service;

import dev.inboundscim.application.port.out.UserRepository.UserWithGroups;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.error.UnavailableException;
import dev.inboundscim.domain.user.User;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The optimistic-concurrency loop every SCIM write shares: read, compute, write conditionally on the version read.
 * With {@code If-Match} the client's version must be the stored one and a conflict is the client's 412. Without it a
 * conflict only means another writer came first: the write is recomputed on a fresh copy, after a short jittered
 * pause that grows with each conflict, until it succeeds or the deadline passes. Concurrent writers thus never lose
 * each other's changes, and a client that sent no {@code If-Match} never sees 412: at worst 503 with
 * {@code Retry-After}, its change not made (SPEC §3, §7.2).
 */
public final class VersionedWrite {

    /** How long a write without {@code If-Match} keeps trying before it answers 503. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(5);
    private static final long FIRST_PAUSE_NANOS = 500_000;
    private static final long LONGEST_PAUSE_NANOS = 50_000_000;

    private final Duration deadline;

    public VersionedWrite(Duration deadline) {
        this.deadline = deadline;
    }

    /** One computation and conditional write on {@code current}, read with its groups. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run(User current, UserWithGroups read);
    }

    /**
     * Reads the user with its groups, checks {@code expectedVersion} (null: none) and runs {@code attempt}, again
     * on conflicts.
     */
    public <T> T run(Supplier<UserWithGroups> read, Long expectedVersion, Attempt<T> attempt) {
        return untilNoConflict(expectedVersion, () -> {
            UserWithGroups found = read.get();
            return attempt.run(expected(found.user(), expectedVersion), found);
        });
    }

    /** As {@link #run(Supplier, Long, Attempt)} on the user alone, for writes that answer without its groups. */
    public <T> T runOn(Supplier<User> read, Long expectedVersion, Function<User, T> attempt) {
        return untilNoConflict(expectedVersion, () -> attempt.apply(expected(read.get(), expectedVersion)));
    }

    private static User expected(User current, Long expectedVersion) {
        if (expectedVersion != null && current.version() != expectedVersion) {
            throw PreconditionFailedException.versionMismatch(current.id().value());
        }
        return current;
    }

    /**
     * Runs {@code attempt} (which reads what it needs, then writes conditionally) until it meets no concurrent
     * writer. A conflict is the client's 412 when it sent a version ({@code expectedVersion} not null).
     */
    public <T> T untilNoConflict(Long expectedVersion, Supplier<T> attempt) {
        long end = System.nanoTime() + deadline.toNanos();
        long pause = FIRST_PAUSE_NANOS;
        while (true) {
            try {
                return attempt.get();
            } catch (PreconditionFailedException conflict) {
                if (expectedVersion != null) {
                    throw conflict;
                }
                long wait = pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2 + 1);
                if (System.nanoTime() + wait - end > 0) {
                    throw UnavailableException.contention();
                }
                sleep(wait);
                pause = Math.min(pause * 2, LONGEST_PAUSE_NANOS);
            }
        }
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(Duration.ofNanos(nanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UnavailableException.contention();
        }
    }
}
