package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.domain.group.GroupCondition.GroupField;
import dev.inboundscim.domain.group.GroupCondition;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates a {@link GroupCondition} into a boolean SQL expression over {@code scim_groups g}, values always bound.
 * Text compares in code point order ({@code COLLATE "C"}), like the user filters; member conditions are index-backed
 * {@code EXISTS} probes of {@code group_members}; and, or and not are {@link SqlLogic}'s.
 */
final class GroupConditionSql {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    private GroupConditionSql() {
    }

    static ProfileConditionSql.Fragment translate(GroupCondition condition) {
        GroupConditionSql translator = new GroupConditionSql();
        translator.append(condition);
        return new ProfileConditionSql.Fragment(translator.sql.toString(), translator.params);
    }

    private void append(GroupCondition condition) {
        switch (condition) {
            case GroupCondition.Logical logical -> logical.fold(SqlLogic.INSTANCE, GroupConditionSql::translate)
                    .appendTo(sql, params);
            case GroupCondition.TextComparison text -> compare(text);
            case GroupCondition.FieldPresent present -> sql.append(column(present.field())).append(" IS NOT NULL");
            case GroupCondition.HasMember member -> bind("EXISTS (SELECT 1 FROM group_members m "
                    + "WHERE m.connection_id = g.connection_id AND m.group_id = g.group_id AND m.user_id = ?)", member.userId().value());
            case GroupCondition.HasMembers members -> sql.append("g.member_count > 0");
            case GroupCondition.TimestampComparison timestamp -> bind("g." + ProfileConditionSql.timestamp(
                    timestamp.field(), timestamp.operator()), Rows.timestamp(timestamp.value()));
        }
    }

    /** Two-valued like every leaf here: a missing externalId compares false, so NOT of it matches. */
    private void compare(GroupCondition.TextComparison text) {
        if (ProfileConditionSql.hasNul(text.value())) {
            // No stored text holds a NUL, and PostgreSQL cannot even bind one.
            sql.append("FALSE");
            return;
        }
        String column = column(text.field());
        switch (text.operator()) {
            case CO -> like(column, "%" + ProfileConditionSql.escapeLike(text.value()) + "%");
            case SW -> like(column, ProfileConditionSql.escapeLike(text.value()) + "%");
            case EW -> like(column, "%" + ProfileConditionSql.escapeLike(text.value()));
            default -> bind("COALESCE(" + column + " " + ProfileConditionSql.sqlOperator(text.operator())
                    + " ?, FALSE)", text.value());
        }
    }

    private void like(String column, String pattern) {
        bind("COALESCE(" + column + " LIKE ? ESCAPE '\\', FALSE)", pattern);
    }

    private void bind(String expression, Object value) {
        sql.append(expression);
        params.add(value);
    }

    private static String column(GroupField field) {
        return switch (field) {
            case DISPLAY_NAME -> "g.display_name_key";
            case EXTERNAL_ID -> "g.external_id";
            case ID -> "g.group_id";
        };
    }
}
