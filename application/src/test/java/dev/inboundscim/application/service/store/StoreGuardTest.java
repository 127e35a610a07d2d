package dev.inboundscim.application.service.store;

import dev.inboundscim.application.port.out.AdminTokenRepository;
import dev.inboundscim.application.port.out.ClientRepository;
import dev.inboundscim.application.port.out.ConnectionRepository;
import dev.inboundscim.application.port.out.EventStreamRepository;
import dev.inboundscim.application.port.out.FederatedCredentialRepository;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.port.out.LogRepository;
import dev.inboundscim.application.port.out.LogStreamRepository;
import dev.inboundscim.application.port.out.OrganizationRepository;
import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.application.port.out.RoleRepository;
import dev.inboundscim.application.port.out.ScimClientRepository;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.port.out.ScimTokenRepository;
import dev.inboundscim.application.port.out.SessionRepository;
import dev.inboundscim.application.port.out.SetupTicketRepository;
import dev.inboundscim.application.port.out.SigningKeyRepository;
import dev.inboundscim.application.port.out.Store;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.UnavailableException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store guard's rules on a store whose behaviour each test sets: calls that block past the timeout are cut,
 * unreachability becomes {@link UnavailableException}, other failures pass unchanged, and a store its probe finds
 * down is not called at all until the probe finds it back. The real faults (a frozen, killed or stopped database)
 * are caused in the bootstrap module's StoreOutageTest.
 */
class StoreGuardTest {

    private static final Duration TIMEOUT = Duration.ofMillis(300);
    private static final ConnectionId ID = new ConnectionId("con_AAAAAAAAAAAAAAAA");

    /** What the next call of {@code connections().findById} does. */
    private final AtomicReference<Callable<Object>> behaviour = new AtomicReference<>(() -> Optional.empty());
    private final AtomicReference<RuntimeException> pingFailure = new AtomicReference<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor();
    private final StoreGuard guard = StoreGuard.over(store(), TIMEOUT);

    @AfterEach
    void close() {
        guard.close();
        virtualThreads.close();
    }

    /** A repository these tests never call. */
    private static <T> T unused(Class<T> port) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            throw new AssertionError(port.getSimpleName() + " is not part of these tests");
        }));
    }

    private Store store() {
        ConnectionRepository connections = (ConnectionRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ConnectionRepository.class}, (proxy, method, args) -> {
                    calls.incrementAndGet();
                    return behaviour.get().call();
                });
        return (Store) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Store.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "repositories" -> new Repositories(connections, unused(ScimConfigurationRepository.class),
                            unused(ScimTokenRepository.class), unused(UserRepository.class),
                            unused(GroupRepository.class), unused(LogRepository.class),
                            unused(LogStreamRepository.class), unused(ClientRepository.class),
                            unused(SessionRepository.class), unused(SigningKeyRepository.class),
                            unused(OrganizationRepository.class), unused(AdminTokenRepository.class),
                            unused(SetupTicketRepository.class), unused(ScimClientRepository.class),
                            unused(FederatedCredentialRepository.class), unused(EventStreamRepository.class),
                            unused(RoleRepository.class));
                    case "ping" -> {
                        if (pingFailure.get() != null) {
                            throw pingFailure.get();
                        }
                        yield null;
                    }
                    case "isUnavailable" -> args[0] instanceof IllegalStateException e
                            && "unreachable".equals(e.getMessage());
                    default -> null;
                });
    }

    /** Calls {@code findById} on a virtual thread, as request handlers do. */
    private Object find() throws Exception {
        try {
            return virtualThreads.submit(() -> guard.store().repositories().connections().findById(ID)).get();
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    @Test
    void aCallThatOutlivesTheTimeoutIsCutAndAnsweredUnavailable() {
        behaviour.set(() -> {
            Thread.sleep(Duration.ofSeconds(30));
            return Optional.empty();
        });
        long start = System.nanoTime();
        assertThrows(UnavailableException.class, this::find);
        long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(elapsed >= TIMEOUT.toMillis() && elapsed < TIMEOUT.toMillis() + 250, "cut after " + elapsed);
    }

    @Test
    void theCutLeavesNoInterruptBehindForTheThreadsLaterWork() throws Exception {
        behaviour.set(() -> {
            Thread.sleep(Duration.ofSeconds(30));
            return null;
        });
        boolean interruptedAfterwards = virtualThreads.submit(() -> {
            assertThrows(UnavailableException.class, () -> guard.store().repositories().connections().findById(ID));
            return Thread.currentThread().isInterrupted();
        }).get();
        assertFalse(interruptedAfterwards);
    }

    @Test
    void unreachabilityBecomesUnavailableAndOtherFailuresPassUnchanged() {
        behaviour.set(() -> {
            throw new IllegalStateException("unreachable");
        });
        assertThrows(UnavailableException.class, this::find);
        IllegalArgumentException bug = new IllegalArgumentException("a bug");
        behaviour.set(() -> {
            throw bug;
        });
        assertSame(bug, assertThrows(IllegalArgumentException.class, this::find));
        behaviour.set(() -> {
            throw new NotFoundException("not here");
        });
        assertThrows(NotFoundException.class, this::find);
    }

    @Test
    void aStoreTheProbeFindsDownIsNotCalledUntilItIsBack() throws Exception {
        pingFailure.set(new IllegalStateException("unreachable"));
        awaitDown(true);
        int before = calls.get();
        assertThrows(UnavailableException.class, this::find);
        assertEquals(before, calls.get(), "refused without calling the store");
        pingFailure.set(null);
        awaitDown(false);
        assertEquals(Optional.empty(), find());
    }

    private void awaitDown(boolean down) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (guard.health().isDown() != down) {
            assertTrue(System.nanoTime() < end, "the probe did not see the store " + (down ? "down" : "back"));
            Thread.sleep(20);
        }
    }
}
