package dev.inboundscim.domain.mapping.query;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.mapping.query.ProfileCondition.MatchAll;
import dev.inboundscim.domain.mapping.query.ProfileCondition.MatchNone;
import dev.inboundscim.domain.mapping.query.ProfileCondition.Timestamp;
import dev.inboundscim.domain.mapping.query.ProfileCondition.TimestampComparison;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Filters on {@code meta} (RFC 7643 §3.1): {@code created} and {@code lastModified} compare as instants against
 * the stored timestamps; {@code resourceType} is the constant "User"; the rest is not filterable.
 */
public final class MetaFilters {

    private MetaFilters() {
    }

    static ProfileCondition compare(AttributePath path, CompareOperator operator, ScimValue literal) {
        return compare(path, operator, literal, "User");
    }

    /**
     * A comparison on {@code meta.*} of a resource of {@code resourceType}, as {@link MatchAll}, {@link MatchNone}
     * or a tree of {@link TimestampComparison}s (any store can translate those, whatever the resource).
     */
    public static ProfileCondition compare(AttributePath path, CompareOperator operator, ScimValue literal,
                                           String resourceType) {
        String sub = path.subAttribute() == null ? "" : path.subAttribute();
        if (sub.equalsIgnoreCase("resourceType")) {
            return literal instanceof ScimString s && operator == CompareOperator.EQ
                    && s.value().equalsIgnoreCase(resourceType) ? new MatchAll() : new MatchNone();
        }
        Timestamp field = timestamp(sub);
        return switch (operator) {
            case EQ, GT, GE, LT, LE -> onMilliseconds(field, operator, instant(literal));
            // co/sw/ew mean nothing for dates; like the reference evaluator, they match nothing.
            case CO, SW, EW -> new MatchNone();
            case NE -> throw new IllegalStateException("ne is resolved as not(eq) before");
        };
    }

    public static ProfileCondition present(AttributePath path) {
        String sub = path.subAttribute();
        if (sub == null || sub.equalsIgnoreCase("resourceType") || sub.equalsIgnoreCase("location")
                || sub.equalsIgnoreCase("version")) {
            return new MatchAll();
        }
        timestamp(sub);
        return new MatchAll();
    }

    private static Timestamp timestamp(String sub) {
        if (sub.equalsIgnoreCase("created")) {
            return Timestamp.CREATED;
        }
        if (sub.equalsIgnoreCase("lastModified")) {
            return Timestamp.LAST_MODIFIED;
        }
        throw BadRequestException.invalidFilter("meta supports filters on created, lastModified and resourceType");
    }

    private static Instant instant(ScimValue literal) {
        if (literal instanceof ScimString s) {
            try {
                return OffsetDateTime.parse(s.value()).toInstant();
            } catch (DateTimeParseException e) {
                // fall through to the error below
            }
        }
        throw BadRequestException.invalidFilter("meta.created and meta.lastModified compare with an RFC 3339 "
                + "date-time such as \"2026-01-31T12:00:00Z\"");
    }

    /**
     * Stored timestamps have millisecond precision, so a finer literal is rewritten into the equivalent comparison
     * on whole milliseconds: every store then compares exactly what the reference evaluator would.
     */
    private static ProfileCondition onMilliseconds(Timestamp field, CompareOperator operator, Instant value) {
        Instant floor = value.truncatedTo(ChronoUnit.MILLIS);
        if (floor.equals(value)) {
            return new TimestampComparison(field, operator, value);
        }
        return switch (operator) {
            case EQ -> new MatchNone();
            case GT, GE -> new TimestampComparison(field, CompareOperator.GT, floor);
            case LT, LE -> new TimestampComparison(field, CompareOperator.LE, floor);
            default -> throw new IllegalStateException("unexpected operator " + operator);
        };
    }
}
