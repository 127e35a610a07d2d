package dev.inboundscim.application.service.store;

import dev.inboundscim.application.port.out.LongRunning;
import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.application.port.out.Store;
import dev.inboundscim.domain.error.ScimException;
import dev.inboundscim.domain.error.UnavailableException;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Puts every repository of a store behind the same guard, so no use case waits on a database that does not answer:
 * <ul>
 *   <li>each call must end within the store timeout ({@link LongRunning} ones: when the store is found down), else
 *       it is cut ({@link CallDeadlines});</li>
 *   <li>a call that fails because the database is unreachable ({@link Store#isUnavailable}) or is cut ends in
 *       {@link UnavailableException}, which both APIs answer 503 with {@code Retry-After};</li>
 *   <li>while {@link StoreHealth} finds the store down, calls are refused at once.</li>
 * </ul>
 * The guard is a decorator assembled in bootstrap: the adapters and the use cases know nothing of it.
 */
public final class StoreGuard implements AutoCloseable {

    /** The deadline of a {@link LongRunning} call; an outage still cuts it as soon as the health probe sees it. */
    static final Duration LONG_RUNNING = Duration.ofMinutes(10);

    private static final Logger LOG = System.getLogger(StoreGuard.class.getName());

    private final Store store;
    private final Duration timeout;
    private final CallDeadlines deadlines = new CallDeadlines();
    private final StoreHealth health;
    private final Map<Method, Duration> timeouts = new ConcurrentHashMap<>();
    private final Repositories repositories;
    private final Store guarded;
    private final LongAdder unavailable = new LongAdder();

    private StoreGuard(Store store, Duration timeout) {
        this.store = store;
        this.timeout = timeout;
        this.health = new StoreHealth(store, deadlines, timeout);
        this.repositories = guardedRepositories();
        this.guarded = (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
                this::storeCall);
    }

    /** Guards {@code store}, whose calls must each end within {@code timeout}. */
    public static StoreGuard over(Store store, Duration timeout) {
        return new StoreGuard(store, timeout);
    }

    /** The store whose repositories are guarded; closing it closes the real one. */
    public Store store() {
        return guarded;
    }

    public StoreHealth health() {
        return health;
    }

    /** Store calls answered {@link UnavailableException} so far: refused while down, cut, or failed to reach it. */
    public long unavailableCount() {
        return unavailable.sum();
    }

    private Object storeCall(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, args);
        }
        if (method.getName().equals("repositories") && method.getParameterCount() == 0) {
            return repositories;
        }
        return invokeUnwrapped(store, method, args);
    }

    /** The store's repositories, each behind a guarded proxy: {@link Repositories} rebuilt component by component. */
    private Repositories guardedRepositories() {
        Repositories real = store.repositories();
        RecordComponent[] components = Repositories.class.getRecordComponents();
        Object[] guardedOnes = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            guardedOnes[i] = repository(types[i], invoke(real, components[i].getAccessor(), null));
        }
        try {
            return Repositories.class.getDeclaredConstructor(types).newInstance(guardedOnes);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot guard the store's repositories", e);
        }
    }

    private Object repository(Class<?> port, Object target) {
        InvocationHandler handler = (proxy, method, args) -> method.getDeclaringClass() == Object.class
                ? invokeUnwrapped(target, method, args) : guardedCall(target, method, args);
        return Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler);
    }

    private Object guardedCall(Object target, Method method, Object[] args) throws Throwable {
        if (health.isDown()) {
            unavailable.increment();
            throw UnavailableException.store();
        }
        CallDeadlines.Call call = deadlines.enter(timeouts.computeIfAbsent(method,
                m -> m.isAnnotationPresent(LongRunning.class) ? LONG_RUNNING : timeout));
        Object result = null;
        Throwable failure = null;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            failure = e.getCause();
        }
        boolean cut = call != null && call.exit();
        if (cut || failure != null && !(failure instanceof ScimException) && store.isUnavailable(failure)) {
            health.suspect();
            if (LOG.isLoggable(Level.DEBUG)) {
                LOG.log(Level.DEBUG, method.getDeclaringClass().getSimpleName() + "." + method.getName()
                        + (cut ? " was cut after " + timeout.toMillis() + " ms" : " found the store unavailable"),
                        failure);
            }
            unavailable.increment();
            throw UnavailableException.store();
        }
        if (failure != null) {
            throw failure;
        }
        return result;
    }

    private static Object invoke(Object target, Method method, Object[] args) {
        try {
            return invokeUnwrapped(target, method, args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object invokeUnwrapped(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) throws Throwable {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "guarded " + store;
            default -> invokeUnwrapped(store, method, args);
        };
    }

    /** Stops the health probe and the deadline watchdog; the store itself is closed by whoever opened it. */
    @Override
    public void close() {
        health.close();
        deadlines.close();
    }
}
