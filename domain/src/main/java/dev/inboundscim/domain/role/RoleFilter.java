package dev.inboundscim.domain.role;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.filter.And;
import dev.inboundscim.domain.scim.filter.Compare;
import dev.inboundscim.domain.scim.filter.Filter;
import dev.inboundscim.domain.scim.filter.Not;
import dev.inboundscim.domain.scim.filter.Or;
import dev.inboundscim.domain.scim.filter.Present;
import dev.inboundscim.domain.scim.filter.ValuePath;
import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.value.CanonicalText;
import dev.inboundscim.domain.scim.value.ScimString;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@code /Roles} can filter on (SPEC §12): {@code value} and {@code display} with {@code eq}, {@code co} or
 * {@code sw}, joined by {@code and}/{@code or}; both attributes are case-insensitive (RFC 7643 §4.1.2: {@code roles}
 * values are not {@code caseExact}), so each match compares canonical text. Each store translates the tree; anything
 * else is {@code invalidFilter}, since an IdP that imports roles only ever asks for these.
 */
public sealed interface RoleFilter {

    /** The attribute a match reads. */
    enum Attribute { VALUE, DISPLAY }

    /** How a match compares. */
    enum Match { EQUALS, CONTAINS, STARTS_WITH }

    /** Every role. */
    record All() implements RoleFilter {
    }

    record Both(RoleFilter left, RoleFilter right) implements RoleFilter {
        public Both {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    record Either(RoleFilter left, RoleFilter right) implements RoleFilter {
        public Either {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** {@code key} is already canonical text. */
    record Matches(Attribute attribute, Match match, String key) implements RoleFilter {
        public Matches {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(match, "match");
            Objects.requireNonNull(key, "key");
        }
    }

    /** The roles {@code filter} selects; null selects all. */
    static RoleFilter of(Filter filter) {
        return switch (filter) {
            case null -> new All();
            case And and -> new Both(of(and.left()), of(and.right()));
            case Or or -> new Either(of(or.left()), of(or.right()));
            case Not not -> throw unsupported();
            case Present present -> throw unsupported();
            case ValuePath valuePath -> throw unsupported();
            case Compare compare -> new Matches(attribute(compare.path()), match(compare), key(compare));
        };
    }

    /** The in-memory meaning every store's translation must agree with. */
    default boolean test(Role role) {
        return switch (this) {
            case All all -> true;
            case Both both -> both.left().test(role) && both.right().test(role);
            case Either either -> either.left().test(role) || either.right().test(role);
            case Matches m -> {
                String text = m.attribute() == Attribute.VALUE ? role.nameKey() : role.displayKey();
                yield switch (m.match()) {
                    case EQUALS -> text.equals(m.key());
                    case CONTAINS -> text.contains(m.key());
                    case STARTS_WITH -> text.startsWith(m.key());
                };
            }
        };
    }

    private static Attribute attribute(AttributePath path) {
        if (path.subAttribute() != null || (path.schemaUrn() != null && !path.schemaUrn().equalsIgnoreCase(
                RoleSchema.URN))) {
            throw unsupported();
        }
        return switch (path.attribute().toLowerCase(Locale.ROOT)) {
            case "value" -> Attribute.VALUE;
            case "display" -> Attribute.DISPLAY;
            default -> throw unsupported();
        };
    }

    private static Match match(Compare compare) {
        return switch (compare.operator()) {
            case EQ -> Match.EQUALS;
            case CO -> Match.CONTAINS;
            case SW -> Match.STARTS_WITH;
            case NE, EW, GT, GE, LT, LE -> throw unsupported();
        };
    }

    private static String key(Compare compare) {
        if (!(compare.value() instanceof ScimString text)) {
            throw BadRequestException.invalidFilter("Roles are filtered on value or display with a string");
        }
        return CanonicalText.of(text.value());
    }

    private static BadRequestException unsupported() {
        return BadRequestException.invalidFilter(
                "Roles can be filtered on value and display with eq, co or sw, joined by and or or");
    }
}
