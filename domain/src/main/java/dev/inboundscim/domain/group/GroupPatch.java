package dev.inboundscim.domain.group;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.filter.Compare;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.filter.Filter;
import dev.inboundscim.domain.scim.filter.FilterParser;
import dev.inboundscim.domain.scim.filter.Or;
import dev.inboundscim.domain.scim.filter.PathExpression;
import dev.inboundscim.domain.scim.patch.PatchOperation;
import dev.inboundscim.domain.scim.patch.PatchRequest;
import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.path.SchemaUrns;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a Group PATCH (RFC 7644 §3.5.2) into a {@link GroupEdit} without reading the membership: every operation on
 * {@code members} becomes part of a delta, so a request adding one member to a group of 200,000 costs one member.
 * Handles the forms Okta and Entra send: add/remove with one or many member objects or bare ids, remove by
 * {@code members[value eq "…"]} (also or-ed), Entra's {@code Remove} with a value array, replace of all members,
 * and the no-path replace of {@code displayName} (with Okta's unchanged {@code id} beside it).
 */
public final class GroupPatch {

    private String displayName;
    private boolean externalIdChanged;
    private String externalId;
    private final MembershipChange.Builder members = new MembershipChange.Builder();
    private final GroupId groupId;

    private GroupPatch(GroupId groupId) {
        this.groupId = groupId;
    }

    public static GroupEdit interpret(PatchRequest request, GroupId groupId) {
        GroupPatch patch = new GroupPatch(groupId);
        request.operations().forEach(patch::apply);
        return new GroupEdit(patch.displayName, patch.externalIdChanged, patch.externalId, patch.members.build());
    }

    private void apply(PatchOperation operation) {
        switch (operation) {
            case PatchOperation.Add add -> set(add.path(), add.value(), false);
            case PatchOperation.Replace replace -> set(replace.path(), replace.value(), true);
            case PatchOperation.Remove remove -> remove(remove.path(), remove.value());
        }
    }

    private void set(PathExpression path, ScimValue value, boolean replace) {
        if (path == null) {
            if (!(value instanceof ScimObject object)) {
                throw BadRequestException.invalidValue("an operation without a path needs an object value");
            }
            for (Map.Entry<String, ScimValue> member : object.fields().entrySet()) {
                setAttribute(attributePath(member.getKey()), member.getValue(), replace);
            }
            return;
        }
        if (path.valueFilter() != null || path.subAttribute() != null) {
            throw BadRequestException.invalidPath("add and replace address members as a whole: use the path "
                    + "\"members\"");
        }
        setAttribute(path.attribute(), value, replace);
    }

    private void setAttribute(AttributePath path, ScimValue value, boolean replace) {
        switch (name(path)) {
            case "displayname" -> {
                if (!(value instanceof ScimString s) || s.value().isBlank()) {
                    throw BadRequestException.invalidValue("displayName must be a non-empty string");
                }
                displayName = s.value();
            }
            case "externalid" -> {
                if (!(value instanceof ScimString) && !(value instanceof ScimNull)) {
                    throw BadRequestException.invalidValue("externalId must be a string");
                }
                externalIdChanged = true;
                externalId = value instanceof ScimString s && !s.value().isEmpty() ? s.value() : null;
            }
            case "members" -> {
                if (replace) {
                    members.removeAll();
                }
                MemberValues.ids(value).forEach(members::add);
            }
            case "id" -> {
                // Okta's rename repeats the id beside the new displayName; only a different one is an error.
                if (!(value instanceof ScimString s) || !s.value().equals(groupId.value())) {
                    throw BadRequestException.mutability("id is read-only");
                }
            }
            case "schemas", "meta" -> {
                // Read-only and server-assigned: ignored, as RFC 7644 §3.5.2 lets a server ignore them.
            }
            default -> throw BadRequestException.invalidPath("Groups have no attribute " + path);
        }
    }

    private void remove(PathExpression path, ScimValue value) {
        String attribute = name(path.attribute());
        if (!attribute.equals("members")) {
            if (path.valueFilter() != null || path.subAttribute() != null) {
                throw BadRequestException.invalidPath(path.attribute() + " has no sub-attributes");
            }
            switch (attribute) {
                case "displayname" -> throw BadRequestException.mutability("displayName is required");
                case "externalid" -> {
                    externalIdChanged = true;
                    externalId = null;
                }
                case "id", "schemas", "meta" -> throw BadRequestException.mutability(attribute + " is read-only");
                default -> throw BadRequestException.invalidPath("Groups have no attribute " + path.attribute());
            }
            return;
        }
        if (path.subAttribute() != null) {
            throw BadRequestException.invalidPath("remove addresses members, or members[value eq \"…\"]");
        }
        if (path.valueFilter() != null) {
            memberIds(path.valueFilter()).forEach(id -> members.remove(MemberValues.userId(id)));
        } else if (value == null || value.isUnassigned()) {
            members.removeAll();
        } else {
            MemberValues.ids(value).forEach(members::remove);
        }
    }

    /** The ids a member filter names: {@code value eq "…"}, alone or or-ed; anything else would need every member. */
    private static List<String> memberIds(Filter filter) {
        List<String> ids = new ArrayList<>();
        collect(filter, ids);
        return ids;
    }

    private static void collect(Filter filter, List<String> ids) {
        switch (filter) {
            case Or or -> {
                collect(or.left(), ids);
                collect(or.right(), ids);
            }
            case Compare compare when compare.operator() == CompareOperator.EQ
                    && compare.path().subAttribute() == null && compare.path().attribute().equalsIgnoreCase("value")
                    && compare.value() instanceof ScimString id -> ids.add(id.value());
            default -> throw BadRequestException.invalidFilter("members filters in a PATCH path select members by "
                    + "value eq \"<user id>\" (or several joined by or)");
        }
    }

    /** A no-path member name such as "displayName" or a URN-qualified one. */
    private static AttributePath attributePath(String key) {
        return FilterParser.parseAttributePath(key);
    }

    private static String name(AttributePath path) {
        if (path.schemaUrn() != null && !path.schemaUrn().equalsIgnoreCase(SchemaUrns.CORE_GROUP)) {
            throw BadRequestException.invalidPath("Groups have no attribute " + path);
        }
        if (path.subAttribute() != null) {
            throw BadRequestException.invalidPath("Groups have no attribute " + path);
        }
        return path.attribute().toLowerCase(java.util.Locale.ROOT);
    }
}
