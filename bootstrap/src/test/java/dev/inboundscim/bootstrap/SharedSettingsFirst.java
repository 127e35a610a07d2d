package dev.inboundscim.bootstrap;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the {@code *ThreeNode*Test} classes (surefire execution {@code three-node-processes}): the classes
 * that run on the default settings first, then those of each suite with settings of its own, each group by name (so
 * by store). {@link SharedNodes} lends one set of node processes to the classes that follow each other on one store
 * and settings; in plain alphabetical order a suite with settings of its own came between them, and the default set
 * was started three times per store, each start three cold JVMs.
 */
public final class SharedSettingsFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor descriptor) -> settingsOwner(descriptor.getTestClass()))
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    /** The name of the class that says which settings {@code test} runs with; empty for the defaults. */
    private static String settingsOwner(Class<?> test) {
        for (Class<?> type = test; type != null && type != RunningServerTest.class; type = type.getSuperclass()) {
            for (var method : type.getDeclaredMethods()) {
                if (method.getName().equals("settings") && method.getParameterCount() == 0) {
                    return type.getName();
                }
            }
        }
        return "";
    }
}
