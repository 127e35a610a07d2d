package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.mapping.query.SortKey;
import dev.inboundscim.domain.scim.paging.PagePosition;
import dev.inboundscim.domain.scim.paging.PagePosition.SortValue;
import java.math.BigDecimal;
import java.util.List;

/**
 * The order of a keyset listing of users as SQL: the sort key's expression (the same as the offset listing's: text
 * in code point order, numbers by value, a missing value first ascending and last descending), ties and unsorted
 * listings by {@code seq}, and the condition "after this position" in that order.
 *
 * @param expression the sort key over {@code users}, or null for creation order
 * @param params     the expression's parameters (the profile path, once per use of it in the expression)
 */
record UserKeyset(String expression, List<Object> params, boolean descending, boolean numeric) {

    static UserKeyset of(SortKey sort) {
        if (sort == null || sort.path() == null) {
            return new UserKeyset(null, List.of(), false, false);
        }
        Object segments = sort.path().segments().toArray(String[]::new);
        if (sort.numeric()) {
            return new UserKeyset("(CASE WHEN jsonb_typeof(profile #> ?::text[]) = 'number' THEN "
                    + "(profile #> ?::text[])::numeric END)", List.of(segments, segments), sort.descending(), true);
        }
        String column = sort.caseExact() ? "profile" : "profile_ci";
        return new UserKeyset("((" + column + " #>> ?::text[]) COLLATE \"C\")", List.of(segments), sort.descending(),
                false);
    }

    /** What the page's select list holds as its sort key. */
    String select() {
        return expression == null ? "NULL" : expression;
    }

    List<Object> selectParams() {
        return params;
    }

    String orderBy(String key, String seq) {
        return expression == null ? seq
                : key + (descending ? " DESC NULLS LAST" : " ASC NULLS FIRST") + ", " + seq;
    }

    /** " AND (rows after {@code after})", its parameters added to {@code into}; "" from the start. */
    String after(PagePosition after, List<Object> into) {
        if (after == null) {
            return "";
        }
        if (expression == null) {
            into.add(after.seq());
            return " AND seq > ?";
        }
        String key = expression;
        return switch (after.value()) {
            case SortValue.Missing missing -> {
                // Missing values come first ascending (then every present one follows) and last descending.
                into.addAll(params);
                into.add(after.seq());
                if (descending) {
                    yield " AND (" + key + " IS NULL AND seq > ?)";
                }
                into.addAll(params);
                yield " AND ((" + key + " IS NULL AND seq > ?) OR " + key + " IS NOT NULL)";
            }
            case null -> throw BadRequestException.invalidCursor("the cursor belongs to another query");
            default -> {
                Object value = value(after.value());
                into.addAll(params);
                into.add(value);
                into.addAll(params);
                into.add(value);
                into.add(after.seq());
                String beyond = key + (descending ? " < ?" : " > ?");
                if (descending) {
                    into.addAll(params);
                    yield " AND (" + beyond + " OR (" + key + " = ? AND seq > ?) OR " + key + " IS NULL)";
                }
                yield " AND (" + beyond + " OR (" + key + " = ? AND seq > ?))";
            }
        };
    }

    private Object value(SortValue value) {
        return switch (value) {
            case SortValue.Number number when numeric -> number.number();
            case SortValue.Text text when !numeric -> text.text();
            default -> throw BadRequestException.invalidCursor("the cursor belongs to another query");
        };
    }

    /** The position of a row from its {@code seq} and its sort key as text (null: missing). */
    PagePosition position(long seq, String sortKey) {
        if (expression == null) {
            return new PagePosition(seq, null);
        }
        if (sortKey == null) {
            return new PagePosition(seq, new SortValue.Missing());
        }
        return new PagePosition(seq, numeric ? new SortValue.Number(new BigDecimal(sortKey))
                : new SortValue.Text(sortKey));
    }
}
