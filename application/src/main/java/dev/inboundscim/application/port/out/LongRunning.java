package dev.inboundscim.application.port.out;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a store operation whose work grows with the data it touches (deleting a connection with all its users, a
 * group with all its members): it is not cut at the store timeout like every other call, only when the store is
 * found to be down.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LongRunning {
}
