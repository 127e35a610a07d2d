package dev.inboundscim.adapter.out.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.domain.group.MemberOfGroups;
import dev.inboundscim.domain.mapping.ProfilePath;
import dev.inboundscim.domain.mapping.query.ProfileCondition;
import dev.inboundscim.domain.mapping.query.ProfileCondition.AnyElement;
import dev.inboundscim.domain.mapping.query.ProfileCondition.AnyValue;
import dev.inboundscim.domain.mapping.query.ProfileCondition.FieldComparison;
import dev.inboundscim.domain.mapping.query.ProfileCondition.FieldPresent;
import dev.inboundscim.domain.mapping.query.ProfileCondition.GroupAttributeComparison;
import dev.inboundscim.domain.mapping.query.ProfileCondition.IndexedKey;
import dev.inboundscim.domain.mapping.query.ProfileCondition.Logical;
import dev.inboundscim.domain.mapping.query.ProfileCondition.MemberOf;
import dev.inboundscim.domain.mapping.query.ProfileCondition.Timestamp;
import dev.inboundscim.domain.mapping.query.ProfileCondition.TimestampComparison;
import dev.inboundscim.domain.mapping.query.ProfileCondition.UserIdEquals;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import dev.inboundscim.domain.user.CanonicalForm;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Translates a {@link ProfileCondition} into a boolean SQL expression over the {@code users} table. Values and
 * profile paths are always bound parameters, never SQL text. Every leaf is two-valued ({@code COALESCE(…, FALSE)}
 * where SQL could yield NULL), so {@code NOT} of a missing attribute matches, as the in-memory semantics say; and,
 * or and not are {@link SqlLogic}'s.
 */
final class ProfileConditionSql {

    /** A SQL boolean expression (to be parenthesised by the caller) and its parameters, in order. */
    record Fragment(String sql, List<Object> params) {
        Fragment {
            params = Collections.unmodifiableList(new ArrayList<>(params));
        }

        /** Appends this expression and its parameters to ones being written. */
        void appendTo(StringBuilder sql, List<Object> params) {
            sql.append(this.sql);
            params.addAll(this.params);
        }
    }

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();
    /** The JSON values paths start from: the stored profile and its canonical copy, or one array element of each. */
    private final String exact;
    private final String canonical;

    private ProfileConditionSql(String exact, String canonical) {
        this.exact = exact;
        this.canonical = canonical;
    }

    static Fragment translate(ProfileCondition condition) {
        return translate(condition, "profile", "profile_ci");
    }

    private static Fragment translate(ProfileCondition condition, String exact, String canonical) {
        ProfileConditionSql translator = new ProfileConditionSql(exact, canonical);
        translator.append(condition);
        return new Fragment(translator.sql.toString(), translator.params);
    }

    private void append(ProfileCondition condition) {
        switch (condition) {
            case Logical logical -> logical.fold(SqlLogic.INSTANCE, c -> translate(c, exact, canonical))
                    .appendTo(sql, params);
            case UserIdEquals id -> {
                if (hasNul(id.userId())) {
                    sql.append("FALSE");
                } else {
                    bind("user_id = ?", id.userId());
                }
            }
            case AnyElement element -> anyElement(element);
            case MemberOf member -> memberOf(member);
            case AnyValue value -> anyValue(value);
            case GroupAttributeComparison comparison -> throw new IllegalArgumentException(
                    "a group attribute is compared inside MemberOf only");
            case FieldPresent present -> bind("COALESCE((" + exact + " #> ?::text[]) NOT IN "
                    + "('null'::jsonb, '\"\"'::jsonb, '[]'::jsonb, '{}'::jsonb), FALSE)", segments(present.path()));
            case FieldComparison comparison -> compare(comparison);
            case TimestampComparison timestamp -> bind(timestamp(timestamp.field(), timestamp.operator()),
                    Rows.timestamp(timestamp.value()));
        }
    }

    private void compare(FieldComparison comparison) {
        switch (comparison.operator()) {
            case EQ -> equal(comparison);
            case NE -> {
                sql.append("NOT (");
                equal(comparison);
                sql.append(')');
            }
            case CO -> like(comparison, true, true);
            case SW -> like(comparison, false, true);
            case EW -> like(comparison, true, false);
            case GT -> order(comparison, ">");
            case GE -> order(comparison, ">=");
            case LT -> order(comparison, "<");
            case LE -> order(comparison, "<=");
        }
    }

    private void equal(FieldComparison comparison) {
        if (comparison.value() instanceof ScimString string && hasNul(string.value())) {
            sql.append("FALSE");
            return;
        }
        if (comparison.value() instanceof ScimString string) {
            String folded = CanonicalForm.of(string.value());
            if (comparison.key() == IndexedKey.USER_NAME && !comparison.caseExact()) {
                // Two-valued without COALESCE, which would hide the comparison from the unique index.
                bind("(user_name_key IS NOT NULL AND user_name_key = ?)", folded);
                return;
            }
            if (comparison.key() == IndexedKey.USER_ID_ATTRIBUTE) {
                // The unique key column finds the row through its index; a case-exact filter also checks the raw value.
                sql.append('(');
                bind("(user_id_attribute_key IS NOT NULL AND user_id_attribute_key = ?)", folded);
                if (comparison.caseExact()) {
                    sql.append(" AND ");
                    contains(exact, comparison.path(), string);
                }
                sql.append(')');
                return;
            }
            if (!comparison.caseExact()) {
                contains(canonical, comparison.path(), new ScimString(folded));
                return;
            }
        }
        containsExactly(comparison.path(), comparison.value());
    }

    /**
     * Case-exact containment answered by the one GIN index, which covers the canonical copy only (a second index on
     * the raw profile doubled the cost of every user write): the folded value must be in {@code profile_ci}, which
     * the index finds, and the value itself in {@code profile}, checked on those rows. Folding maps each string and
     * keeps everything else, so together they mean exactly {@code profile @> value}; a value without strings folds to
     * itself and needs no second check.
     */
    private void containsExactly(ProfilePath path, ScimValue value) {
        if (!holdsStrings(value)) {
            contains(canonical, path, value);
            return;
        }
        sql.append('(');
        contains(canonical, path, JsonCodec.canonical(value));
        sql.append(" AND ");
        contains(exact, path, value);
        sql.append(')');
    }

    private static boolean holdsStrings(ScimValue value) {
        return switch (value) {
            case ScimString s -> true;
            case ScimArray a -> a.values().stream().anyMatch(ProfileConditionSql::holdsStrings);
            case ScimObject o -> o.fields().values().stream().anyMatch(ProfileConditionSql::holdsStrings);
            default -> false;
        };
    }

    /**
     * Some object element of the array at the path matches: the exact and the canonical arrays are walked side by
     * side (same ordinality), so the inner condition compares case-exact values on one and folded ones on the other.
     */
    private void anyElement(AnyElement element) {
        String[] path = segments(element.path());
        sql.append("EXISTS (SELECT 1 FROM ").append(elements(exact)).append(" WITH ORDINALITY AS e(v, i) JOIN ")
                .append(elements(canonical)).append(" WITH ORDINALITY AS c(v, i) ON c.i = e.i ")
                .append("WHERE jsonb_typeof(e.v) = 'object' AND (");
        params.addAll(List.of(path, path, path, path));
        translate(element.condition(), "e.v", "c.v").appendTo(sql, params);
        sql.append("))");
    }

    /**
     * The user is in a matching group of its own connection: an index-backed probe of its memberships
     * ({@code group_members_user_idx}), each group tested with the translator of the Group filters.
     */
    private void memberOf(MemberOf member) {
        sql.append("EXISTS (SELECT 1 FROM group_members m JOIN scim_groups g ON g.connection_id = m.connection_id "
                + "AND g.group_id = m.group_id WHERE m.connection_id = users.connection_id "
                + "AND m.user_id = users.user_id AND (");
        GroupConditionSql.translate(MemberOfGroups.condition(member)).appendTo(sql, params);
        sql.append("))");
    }

    /**
     * Some value of the array at the path compares: the exact and canonical arrays walked side by side, each value
     * compared as a scalar (case-exact on the exact copy, else on the folded one; numbers by value).
     */
    private void anyValue(AnyValue any) {
        String[] path = segments(any.path());
        sql.append("EXISTS (SELECT 1 FROM ").append(elements(exact)).append(" WITH ORDINALITY AS e(v, i) JOIN ")
                .append(elements(canonical)).append(" WITH ORDINALITY AS c(v, i) ON c.i = e.i WHERE ");
        params.addAll(List.of(path, path, path, path));
        String value = any.caseExact() ? "e.v" : "c.v";
        switch (any.value()) {
            case ScimString string when hasNul(string.value()) -> sql.append("FALSE");
            case ScimString string -> {
                String text = any.caseExact() ? string.value() : CanonicalForm.of(string.value());
                String scalar = "jsonb_typeof(" + value + ") = 'string' AND (" + value + " #>> '{}')";
                switch (any.operator()) {
                    case EQ -> bind(value + " = ?::jsonb", JsonCodec.write(new ScimString(text)));
                    case CO -> bind(scalar + " LIKE ? ESCAPE '\\'", "%" + escapeLike(text) + "%");
                    case SW -> bind(scalar + " LIKE ? ESCAPE '\\'", escapeLike(text) + "%");
                    case EW -> bind(scalar + " LIKE ? ESCAPE '\\'", "%" + escapeLike(text));
                    default -> bind(scalar + " COLLATE \"C\" " + sqlOperator(any.operator()) + " ?", text);
                }
            }
            case ScimNumber number -> {
                switch (any.operator()) {
                    case EQ, GT, GE, LT, LE -> bind("COALESCE(CASE WHEN jsonb_typeof(e.v) = 'number' "
                            + "THEN (e.v)::numeric " + sqlOperator(any.operator()) + " ? END, FALSE)", number.value());
                    default -> sql.append("FALSE");
                }
            }
            case ScimBoolean bool when any.operator() == CompareOperator.EQ ->
                    bind("e.v = ?::jsonb", JsonCodec.write(bool));
            default -> sql.append("FALSE");
        }
        sql.append(')');
    }

    /** The elements of the array at a bound path of {@code root}; nothing when the value there is no array. */
    private static String elements(String root) {
        return "jsonb_array_elements(CASE WHEN jsonb_typeof(" + root + " #> ?::text[]) = 'array' THEN " + root
                + " #> ?::text[] ELSE '[]'::jsonb END)";
    }

    /** JSON containment, which the {@code jsonb_path_ops} GIN index answers. */
    private void contains(String column, ProfilePath path, ScimValue value) {
        bind(column + " @> ?::jsonb", JsonCodec.write(nest(path, value)));
    }

    private void like(FieldComparison comparison, boolean anyPrefix, boolean anySuffix) {
        if (!(comparison.value() instanceof ScimString string) || hasNul(string.value())) {
            // co/sw/ew are defined on strings only (RFC 7644 §3.4.2.2); no stored string holds a NUL.
            sql.append("FALSE");
            return;
        }
        String column = comparison.caseExact() ? exact : canonical;
        String text = comparison.caseExact() ? string.value() : CanonicalForm.of(string.value());
        String pattern = (anyPrefix ? "%" : "") + escapeLike(text) + (anySuffix ? "%" : "");
        String[] path = segments(comparison.path());
        sql.append("COALESCE(jsonb_typeof(").append(column).append(" #> ?::text[]) = 'string' AND (")
                .append(column).append(" #>> ?::text[]) LIKE ? ESCAPE '\\', FALSE)");
        params.add(path);
        params.add(path);
        params.add(pattern);
    }

    /**
     * Ordering of strings (every orderable attribute a mapping can target is a string): canonical text for
     * case-insensitive attributes, compared in code point order ({@code COLLATE "C"}) like the reference evaluator.
     */
    private void order(FieldComparison comparison, String operator) {
        if (comparison.value() instanceof ScimNumber number) {
            // Numbers order by value (declared integer and decimal attributes, SPEC §10); CASE keeps the cast off
            // values of any other type, which PostgreSQL may otherwise evaluate first.
            String[] path = segments(comparison.path());
            sql.append("COALESCE(CASE WHEN jsonb_typeof(").append(exact).append(" #> ?::text[]) = 'number' THEN (")
                    .append(exact).append(" #> ?::text[])::numeric ").append(operator).append(" ? END, FALSE)");
            params.add(path);
            params.add(path);
            params.add(number.value());
            return;
        }
        if (!(comparison.value() instanceof ScimString string) || hasNul(string.value())) {
            sql.append("FALSE");
            return;
        }
        String column = comparison.caseExact() ? exact : canonical;
        String text = comparison.caseExact() ? string.value() : CanonicalForm.of(string.value());
        String[] path = segments(comparison.path());
        sql.append("COALESCE(jsonb_typeof(").append(column).append(" #> ?::text[]) = 'string' AND (")
                .append(column).append(" #>> ?::text[]) COLLATE \"C\" ").append(operator).append(" ?, FALSE)");
        params.add(path);
        params.add(path);
        params.add(text);
    }

    private void bind(String expression, Object value) {
        sql.append(expression);
        params.add(value);
    }

    /** {@code created_at} or {@code updated_at} compared by {@code operator} with one bound instant. */
    static String timestamp(Timestamp field, CompareOperator operator) {
        return (field == Timestamp.CREATED ? "created_at" : "updated_at") + " " + sqlOperator(operator) + " ?";
    }

    /** The SQL of an equality or ordering operator; the others are written as negations and patterns. */
    static String sqlOperator(CompareOperator operator) {
        return switch (operator) {
            case EQ -> "=";
            case GT -> ">";
            case GE -> ">=";
            case LT -> "<";
            case LE -> "<=";
            case NE, CO, SW, EW -> throw new IllegalArgumentException("not an ordering operator: " + operator);
        };
    }

    /** PostgreSQL text cannot hold NUL (nothing stored has one), and binding it would fail the whole query. */
    static boolean hasNul(String text) {
        return text.indexOf('\0') >= 0;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String[] segments(ProfilePath path) {
        return path.segments().toArray(String[]::new);
    }

    /** {@code {"a":{"b":value}}} for the path {@code a.b}. */
    private static JsonNode nest(ProfilePath path, ScimValue value) {
        JsonNode node = JsonCodec.toNode(value);
        List<String> segments = path.segments();
        for (int i = segments.size() - 1; i >= 0; i--) {
            ObjectNode parent = JsonCodec.objectNode();
            parent.set(segments.get(i), node);
            node = parent;
        }
        return node;
    }
}
