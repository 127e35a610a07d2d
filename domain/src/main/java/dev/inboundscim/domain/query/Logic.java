package dev.inboundscim.domain.query;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * How one target writes the {@link Connective} skeleton: a store's query language, or a condition tree that another
 * tree's skeleton is rebuilt in. Operands arrive already translated, in their order.
 *
 * @param <R> what the target writes
 */
public interface Logic<R> {

    R always();

    R never();

    /** The conjunction of {@code operands}, which may be empty (then it holds). */
    R all(List<R> operands);

    /** The disjunction of {@code operands}, which may be empty (then it does not hold). */
    R any(List<R> operands);

    R not(R operand);

    /** The target that builds a condition tree with its constructors. */
    static <R> Logic<R> of(Supplier<? extends R> always, Supplier<? extends R> never,
                           Function<List<R>, ? extends R> all, Function<List<R>, ? extends R> any,
                           UnaryOperator<R> not) {
        return new Logic<>() {
            @Override
            public R always() {
                return always.get();
            }

            @Override
            public R never() {
                return never.get();
            }

            @Override
            public R all(List<R> operands) {
                return all.apply(operands);
            }

            @Override
            public R any(List<R> operands) {
                return any.apply(operands);
            }

            @Override
            public R not(R operand) {
                return not.apply(operand);
            }
        };
    }
}
