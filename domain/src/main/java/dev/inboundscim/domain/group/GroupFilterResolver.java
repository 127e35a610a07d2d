package dev.inboundscim.domain.group;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.group.GroupCondition.GroupField;
import dev.inboundscim.domain.mapping.query.MetaFilters;
import dev.inboundscim.domain.mapping.query.ProfileCondition;
import dev.inboundscim.domain.scim.filter.Compare;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.filter.Filter;
import dev.inboundscim.domain.scim.filter.Or;
import dev.inboundscim.domain.scim.filter.Present;
import dev.inboundscim.domain.scim.filter.ValuePath;
import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.schema.GroupSchemas;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import dev.inboundscim.domain.user.UserId;
import java.util.List;
import java.util.Locale;

/**
 * Resolves a SCIM filter (RFC 7644 §3.4.2.2) on Groups into a {@link GroupCondition}: {@code displayName}
 * (case-insensitive), {@code externalId} and {@code id} (case-exact) with every operator, {@code members} by
 * {@code members[value eq "…"]}, {@code members.value eq "…"} and {@code pr}, and {@code meta.created}/
 * {@code meta.lastModified} as instants. An attribute the Group schema does not define is {@code invalidFilter}.
 */
public final class GroupFilterResolver {

    private GroupFilterResolver() {
    }

    public static GroupCondition resolve(Filter filter) {
        return switch (filter) {
            case Filter.Logical logical -> logical.fold(GroupCondition.LOGIC, GroupFilterResolver::resolve);
            case Compare compare -> compare(compare.path(), compare.operator(), compare.value());
            case Present present -> present(present.path());
            case ValuePath valuePath -> members(valuePath.path(), valuePath.filter());
        };
    }

    private static GroupCondition compare(AttributePath path, CompareOperator operator, ScimValue value) {
        String attribute = attribute(path);
        if (operator == CompareOperator.NE) {
            // RFC 7644: ne matches resources without a value too, which is exactly not(eq).
            return new GroupCondition.Negation(compare(path, CompareOperator.EQ, value));
        }
        return switch (attribute) {
            case "displayname" -> text(path, GroupField.DISPLAY_NAME, operator, value);
            case "externalid" -> text(path, GroupField.EXTERNAL_ID, operator, value);
            case "id" -> text(path, GroupField.ID, operator, value);
            case "members" -> {
                if (!"value".equalsIgnoreCase(path.subAttribute())) {
                    throw unsupportedMembers();
                }
                yield memberEquals(operator, value);
            }
            case "meta" -> timestamps(MetaFilters.compare(path, operator, value, "Group"));
            default -> throw new IllegalStateException("unreachable: " + attribute);
        };
    }

    private static GroupCondition present(AttributePath path) {
        return switch (attribute(path)) {
            case "displayname", "id" -> new GroupCondition.MatchAll();
            case "externalid" -> new GroupCondition.FieldPresent(GroupField.EXTERNAL_ID);
            case "members" -> new GroupCondition.HasMembers();
            case "meta" -> timestamps(MetaFilters.present(path));
            default -> throw new IllegalStateException("unreachable");
        };
    }

    private static GroupCondition members(AttributePath path, Filter inner) {
        if (!attribute(path).equals("members")) {
            throw BadRequestException.invalidFilter(path + " is not multi-valued");
        }
        return switch (inner) {
            case Compare compare when "value".equalsIgnoreCase(compare.path().attribute())
                    && compare.path().subAttribute() == null -> memberEquals(compare.operator(), compare.value());
            case Present present when "value".equalsIgnoreCase(present.path().attribute()) ->
                    new GroupCondition.HasMembers();
            case Or or -> new GroupCondition.AnyOf(List.of(members(path, or.left()), members(path, or.right())));
            default -> throw unsupportedMembers();
        };
    }

    private static GroupCondition memberEquals(CompareOperator operator, ScimValue value) {
        if (operator != CompareOperator.EQ || !(value instanceof ScimString id)) {
            throw unsupportedMembers();
        }
        // An id no user can have matches no group, rather than failing the whole filter.
        return UserId.isAcceptable(id.value()) ? new GroupCondition.HasMember(new UserId(id.value()))
                : new GroupCondition.MatchNone();
    }

    private static BadRequestException unsupportedMembers() {
        return BadRequestException.invalidFilter("members filters select by value eq \"<user id>\" or pr");
    }

    private static GroupCondition text(AttributePath path, GroupField field, CompareOperator operator,
                                       ScimValue value) {
        if (path.subAttribute() != null) {
            throw BadRequestException.invalidFilter(path.attribute() + " has no sub-attributes");
        }
        if (value instanceof ScimNull) {
            // RFC 7644 §3.4.2.2: "eq null" asks for an absent value.
            return operator == CompareOperator.EQ ? new GroupCondition.Negation(present(path))
                    : new GroupCondition.MatchNone();
        }
        if (!(value instanceof ScimString s)) {
            // A number or boolean never equals a string attribute's value.
            return new GroupCondition.MatchNone();
        }
        String text = field == GroupField.DISPLAY_NAME ? Group.key(s.value()) : s.value();
        return new GroupCondition.TextComparison(field, operator, text);
    }

    /** The lower-cased top-level name, once the Group schema (or the common attributes) is known to define it. */
    private static String attribute(AttributePath path) {
        var definition = GroupSchemas.attribute(path).orElseThrow(() ->
                BadRequestException.invalidFilter("Groups have no attribute " + path));
        return definition.name().toLowerCase(Locale.ROOT);
    }

    private static GroupCondition timestamps(ProfileCondition condition) {
        return switch (condition) {
            case ProfileCondition.Logical logical ->
                    logical.fold(GroupCondition.LOGIC, GroupFilterResolver::timestamps);
            case ProfileCondition.TimestampComparison t ->
                    new GroupCondition.TimestampComparison(t.field(), t.operator(), t.value());
            default -> throw new IllegalStateException("meta filters resolve to timestamps only: " + condition);
        };
    }
}
