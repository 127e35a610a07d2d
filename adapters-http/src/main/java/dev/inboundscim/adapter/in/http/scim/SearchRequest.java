package dev.inboundscim.adapter.in.http.scim;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.filter.Filter;
import dev.inboundscim.domain.scim.filter.FilterParser;
import dev.inboundscim.domain.scim.projection.Projection;
import dev.inboundscim.domain.scim.schema.SchemaSet;
import dev.inboundscim.domain.scim.schema.UserSchemas;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A list query, from URL parameters or from a {@code SearchRequest} body (RFC 7644 §3.4.3). The filter and the sort
 * are parsed last, when the command is built, so a request with several faults is told of the same one as before.
 */
record SearchRequest(String filter, Integer startIndex, Integer count, String sortBy, String sortOrder,
                     String cursor, Projection projection) {

    /** The filter, parsed ({@code invalidFilter} when it does not parse); null when absent or blank. */
    Filter parsedFilter() {
        return filter == null || filter.isBlank() ? null : FilterParser.parse(filter);
    }

    /** The query of a GET on an endpoint, from its URL parameters. */
    static SearchRequest fromQuery(ScimExchange.Call call, Projection projection) {
        return new SearchRequest(call.query("filter"), integer(call.query("startIndex"), "startIndex"),
                integer(call.query("count"), "count"), call.query("sortBy"), call.query("sortOrder"),
                call.query("cursor"), projection);
    }

    static SearchRequest from(ScimObject body) {
        return from(body, UserSchemas.SET);
    }

    /** The query of a {@code .search} body, its attribute lists read against {@code schemas}. */
    static SearchRequest from(ScimObject body, SchemaSet schemas) {
        return new SearchRequest(body.textIgnoreCase("filter"), integer(body, "startIndex"), integer(body, "count"),
                body.textIgnoreCase("sortBy"), body.textIgnoreCase("sortOrder"), cursor(body),
                Projection.of(list(body, "attributes"), list(body, "excludedAttributes"), schemas));
    }

    /** RFC 9865: an empty {@code cursor} starts cursor paging, so "" is kept, unlike other empty strings. */
    private static String cursor(ScimObject body) {
        Optional<ScimValue> value = body.getIgnoreCase("cursor");
        if (value.isEmpty() || value.get() instanceof ScimNull) {
            return null;
        }
        if (!(value.get() instanceof ScimString s)) {
            throw BadRequestException.invalidValue("cursor must be a string");
        }
        return s.value();
    }

    private static Integer integer(ScimObject body, String name) {
        Optional<ScimValue> value = body.getIgnoreCase(name).filter(v -> !v.isUnassigned());
        if (value.isEmpty()) {
            return null;
        }
        return switch (value.get()) {
            case ScimNumber n -> integer(n.value().toBigInteger().toString(), name);
            case ScimString s -> integer(s.value(), name);
            default -> throw BadRequestException.invalidValue(name + " must be an integer");
        };
    }

    /** The attribute lists, as arrays of names (the RFC) or one comma-separated string (some clients). */
    private static String list(ScimObject body, String name) {
        Optional<ScimValue> value = body.getIgnoreCase(name).filter(v -> !v.isUnassigned());
        if (value.isEmpty()) {
            return null;
        }
        return switch (value.get()) {
            case ScimArray array -> array.values().stream().map(v -> {
                if (!(v instanceof ScimString s)) {
                    throw BadRequestException.invalidValue(name + " must list attribute names");
                }
                return s.value();
            }).collect(Collectors.joining(","));
            case ScimString s -> s.value();
            default -> throw BadRequestException.invalidValue(name + " must be an array of attribute names");
        };
    }

    /** A paging number; values beyond the int range are clamped, anything else is 400 invalidValue. */
    private static Integer integer(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, parsed));
        } catch (NumberFormatException e) {
            throw BadRequestException.invalidValue(name + " must be an integer");
        }
    }
}
