package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.domain.role.RoleFilter;
import java.util.List;

/** {@link RoleFilter} as a SQL condition over {@code roles}, every value bound as a parameter. */
final class RoleFilterSql {

    private RoleFilterSql() {
    }

    static String where(RoleFilter filter, List<Object> params) {
        return switch (filter) {
            case RoleFilter.All all -> "TRUE";
            case RoleFilter.Both both -> "(" + where(both.left(), params) + " AND " + where(both.right(), params) + ")";
            case RoleFilter.Either either -> "(" + where(either.left(), params) + " OR "
                    + where(either.right(), params) + ")";
            case RoleFilter.Matches matches -> {
                String column = matches.attribute() == RoleFilter.Attribute.VALUE ? "name_key" : "display_key";
                String escaped = matches.key().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                switch (matches.match()) {
                    case EQUALS -> params.add(matches.key());
                    case CONTAINS -> params.add("%" + escaped + "%");
                    case STARTS_WITH -> params.add(escaped + "%");
                }
                yield matches.match() == RoleFilter.Match.EQUALS ? column + " = ?" : column + " LIKE ?";
            }
        };
    }
}
