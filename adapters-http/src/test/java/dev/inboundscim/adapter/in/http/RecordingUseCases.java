package dev.inboundscim.adapter.in.http;

import dev.inboundscim.domain.error.NotFoundException;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Use cases that only note what they were handed, then answer "not found": enough to see what the edge built from a
 * request, and that a request it refused never reached a use case.
 */
public final class RecordingUseCases {

    /** The detail the recorded calls fail with. */
    public static final String RECORDED = "recorded";

    private final List<Object> calls = new ArrayList<>();

    /** One recording use case of {@code port}. */
    public <T> T of(Class<T> port) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "recording " + port.getSimpleName();
                };
            }
            calls.add(args == null ? List.of() : args.length == 1 ? args[0] : Arrays.asList(args));
            throw new NotFoundException(RECORDED);
        }));
    }

    /** A record of use cases (such as {@code ScimUserUseCases}) whose every component records. */
    public <R extends Record> R all(Class<R> useCases) {
        RecordComponent[] components = useCases.getRecordComponents();
        try {
            return useCases.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(Arrays.stream(components).map(c -> of(c.getType()))
                    .toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + useCases.getSimpleName(), e);
        }
    }

    /** What the use cases were handed, in order: the command, or the list of arguments of a call with several. */
    public List<Object> calls() {
        return List.copyOf(calls);
    }

    public Object last() {
        return calls.getLast();
    }
}
