package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.model.Filters;
import dev.inboundscim.domain.role.RoleFilter;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;

/** {@link RoleFilter} as a query over the {@code roles} collection's canonical keys; values are quoted, never code. */
final class RoleFilterBson {

    static final String NAME_KEY = "nameKey";
    static final String DISPLAY_KEY = "displayKey";

    private RoleFilterBson() {
    }

    static Bson of(RoleFilter filter) {
        return switch (filter) {
            case RoleFilter.All all -> new Document();
            case RoleFilter.Both both -> Filters.and(of(both.left()), of(both.right()));
            case RoleFilter.Either either -> Filters.or(of(either.left()), of(either.right()));
            case RoleFilter.Matches matches -> {
                String field = matches.attribute() == RoleFilter.Attribute.VALUE ? NAME_KEY : DISPLAY_KEY;
                String quoted = Pattern.quote(matches.key());
                yield switch (matches.match()) {
                    case EQUALS -> Filters.eq(field, matches.key());
                    case CONTAINS -> Filters.regex(field, quoted);
                    case STARTS_WITH -> Filters.regex(field, "^" + quoted);
                };
            }
        };
    }
}
