package dev.inboundscim.domain.query;

import java.util.List;
import java.util.function.Function;

/**
 * The and/or/not skeleton that every condition tree shares ({@code ProfileCondition}, {@code GroupCondition}). A
 * tree's constants, conjunction, disjunction and negation implement the members below, so the skeleton is
 * translated once per target ({@link Logic}) and a tree's translators only say how to translate its leaves.
 *
 * @param <C> the condition tree the operands belong to
 */
public interface Connective<C> {

    /** This node written in {@code logic}'s terms, its operands translated by {@code operand} in their order. */
    <R> R fold(Logic<R> logic, Function<? super C, ? extends R> operand);

    /** Holds for everything. */
    interface Always<C> extends Connective<C> {
        @Override
        default <R> R fold(Logic<R> logic, Function<? super C, ? extends R> operand) {
            return logic.always();
        }
    }

    /** Holds for nothing. */
    interface Never<C> extends Connective<C> {
        @Override
        default <R> R fold(Logic<R> logic, Function<? super C, ? extends R> operand) {
            return logic.never();
        }
    }

    /** Every condition holds; none at all is {@link Always}'s meaning. */
    interface All<C> extends Connective<C> {
        List<C> conditions();

        @Override
        default <R> R fold(Logic<R> logic, Function<? super C, ? extends R> operand) {
            return logic.all(conditions().stream().<R>map(operand).toList());
        }
    }

    /** At least one condition holds; none at all is {@link Never}'s meaning. */
    interface Any<C> extends Connective<C> {
        List<C> conditions();

        @Override
        default <R> R fold(Logic<R> logic, Function<? super C, ? extends R> operand) {
            return logic.any(conditions().stream().<R>map(operand).toList());
        }
    }

    /** The inner condition does not hold. */
    interface Not<C> extends Connective<C> {
        C inner();

        @Override
        default <R> R fold(Logic<R> logic, Function<? super C, ? extends R> operand) {
            return logic.not(operand.apply(inner()));
        }
    }
}
