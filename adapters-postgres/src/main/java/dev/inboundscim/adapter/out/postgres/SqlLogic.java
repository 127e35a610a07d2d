package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.adapter.out.postgres.ProfileConditionSql.Fragment;
import dev.inboundscim.domain.query.Logic;
import java.util.ArrayList;
import java.util.List;

/**
 * The and/or/not of every condition tree as SQL. Each operand is parenthesised and callers parenthesise the whole,
 * so precedence never depends on context. The translators keep every leaf two-valued, which makes {@code NOT} of a
 * missing attribute match, as the in-memory semantics say.
 */
enum SqlLogic implements Logic<Fragment> {
    INSTANCE;

    private static final Fragment TRUE = new Fragment("TRUE", List.of());
    private static final Fragment FALSE = new Fragment("FALSE", List.of());

    @Override
    public Fragment always() {
        return TRUE;
    }

    @Override
    public Fragment never() {
        return FALSE;
    }

    @Override
    public Fragment all(List<Fragment> operands) {
        return join(operands, " AND ", TRUE);
    }

    @Override
    public Fragment any(List<Fragment> operands) {
        return join(operands, " OR ", FALSE);
    }

    @Override
    public Fragment not(Fragment operand) {
        return new Fragment("NOT (" + operand.sql() + ")", operand.params());
    }

    private static Fragment join(List<Fragment> operands, String operator, Fragment empty) {
        if (operands.isEmpty()) {
            return empty;
        }
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (Fragment operand : operands) {
            if (!sql.isEmpty()) {
                sql.append(operator);
            }
            sql.append('(').append(operand.sql()).append(')');
            params.addAll(operand.params());
        }
        return new Fragment(sql.toString(), params);
    }
}
