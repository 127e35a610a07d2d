package dev.inboundscim.domain.mapping.query;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.mapping.query.ProfileCondition.GroupAttribute;
import dev.inboundscim.domain.mapping.query.ProfileCondition.GroupAttributeComparison;
import dev.inboundscim.domain.mapping.query.ProfileCondition.MatchAll;
import dev.inboundscim.domain.mapping.query.ProfileCondition.MatchNone;
import dev.inboundscim.domain.mapping.query.ProfileCondition.MemberOf;
import dev.inboundscim.domain.mapping.query.ProfileCondition.Negation;
import dev.inboundscim.domain.scim.filter.Compare;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.filter.Filter;
import dev.inboundscim.domain.scim.filter.Present;
import dev.inboundscim.domain.scim.filter.ValuePath;
import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.value.CanonicalText;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.Locale;

/**
 * Filters on a user's {@code groups} (RFC 7643 §4.1.2), which come from the memberships, not the profile: each
 * element is one group the user is a direct member of, so {@code groups.value eq "g"} is "member of g" and
 * {@code groups[display sw "Eng" and value ne "g"]} is "member of one group that is both". {@code value} compares
 * case-exactly with the group's id, {@code display} case-insensitively with its display name, {@code type} is the
 * constant "direct" (nested groups do not exist here), and {@code $ref} is refused: it is built from the URL the
 * request came to, which no store keeps.
 */
final class GroupsFilters {

    private static final ScimString DIRECT = new ScimString("direct");

    private GroupsFilters() {
    }

    /** {@code groups.sub op value}, or {@code groups op value} which RFC 7644 §3.4.2.2 reads as its value. */
    static ProfileCondition compare(Compare compare) {
        String sub = compare.path().subAttribute() == null ? "value" : compare.path().subAttribute();
        return new MemberOf(element(new Compare(new AttributePath(null, sub, null),
                compare.operator(), compare.value())));
    }

    /** Any {@code groups} presence test holds exactly for a user in at least one group. */
    static ProfileCondition present(String sub) {
        if (sub != null) {
            requireSub(sub);
        }
        return new MemberOf(new MatchAll());
    }

    static ProfileCondition valuePath(ValuePath valuePath) {
        return new MemberOf(element(valuePath.filter()));
    }

    /** {@code inner} over one element: sub-attribute names at the top of its paths. */
    private static ProfileCondition element(Filter inner) {
        return switch (inner) {
            case Filter.Logical logical -> logical.fold(ProfileCondition.LOGIC, GroupsFilters::element);
            case Compare compare when compare.operator() == CompareOperator.NE -> new Negation(element(
                    new Compare(compare.path(), CompareOperator.EQ, compare.value())));
            case Compare compare -> {
                requireSimple(compare.path().subAttribute());
                yield comparison(requireSub(compare.path().attribute()), compare.operator(), compare.value());
            }
            case Present present -> {
                requireSimple(present.path().subAttribute());
                requireSub(present.path().attribute());
                yield new MatchAll();
            }
            case ValuePath nested -> throw BadRequestException.invalidFilter("value filters cannot nest");
        };
    }

    private static ProfileCondition comparison(String sub, CompareOperator operator, ScimValue literal) {
        return switch (sub) {
            case "type" -> ConstantComparison.matches(DIRECT, operator, literal, false) ? new MatchAll()
                    : new MatchNone();
            // Ids and names are strings: a number, boolean or null equals none of them (RFC 7644 §3.4.2.2).
            case "value" -> literal instanceof ScimString id
                    ? new GroupAttributeComparison(GroupAttribute.ID, operator, id.value()) : new MatchNone();
            case "display" -> literal instanceof ScimString name
                    ? new GroupAttributeComparison(GroupAttribute.DISPLAY_NAME, operator, CanonicalText.of(name.value()))
                    : new MatchNone();
            default -> throw new IllegalStateException("unreachable: " + sub);
        };
    }

    /** The canonical spelling of a sub-attribute of {@code groups}; {@code $ref} and unknown names are refused. */
    private static String requireSub(String sub) {
        return switch (sub.toLowerCase(Locale.ROOT)) {
            case "value" -> "value";
            case "display" -> "display";
            case "type" -> "type";
            case "$ref" -> throw BadRequestException.invalidFilter("groups.$ref cannot be filtered: it is built from "
                    + "the request's URL; filter on groups.value, the group's id");
            default -> throw BadRequestException.invalidFilter(
                    "filter names a sub-attribute that groups does not have");
        };
    }

    private static void requireSimple(String deeper) {
        if (deeper != null) {
            throw BadRequestException.invalidFilter("sub-attributes of groups have no sub-attributes");
        }
    }
}
