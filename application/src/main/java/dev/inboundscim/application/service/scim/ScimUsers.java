package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.application.port.in.scim.ScimUserView;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.port.out.UserRepository.UserWithGroups;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.group.GroupRef;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.ProfileToScim;
import dev.inboundscim.domain.mapping.UserKeyExtractor;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserKeys;
import java.util.List;
import java.util.Map;

/** Lookups and views shared by the SCIM user use cases. */
public final class ScimUsers {

    private ScimUsers() {
    }

    static User require(UserRepository users, ScimContext context, UserId userId) {
        return users.findById(context.connection().id(), userId)
                .orElseThrow(() -> new NotFoundException("User not found"));
    }

    /** The user with its groups. */
    static UserWithGroups requireWithGroups(UserRepository users, ScimContext context, UserId userId) {
        return users.findWithGroups(context.connection().id(), userId)
                .orElseThrow(() -> new NotFoundException("User not found"));
    }

    /**
     * The view of {@code user} with the groups {@code read} found. A write of a user's attributes does not change its
     * memberships, so the groups read before it still hold.
     */
    static ScimUserView view(ScimContext context, User user, UserWithGroups read) {
        AttributeMapping mapping = context.configuration().mapping();
        return new ScimUserView(user, ProfileToScim.convert(user.attributes(), mapping), read.groups(),
                mapping.schemas());
    }

    /** The canonical uniqueness keys of a profile, through the connection's mapping. */
    public static UserKeys keys(ScimObject profile, AttributeMapping mapping) {
        UserKeyExtractor.KeyValues values = UserKeyExtractor.keys(profile, mapping);
        return UserKeys.of(values.userName(), values.userIdAttribute());
    }

    /** A PATCH may not leave a user without the userName its mapping keeps (RFC 7643 §4.1.1: required). */
    static void requireUserNameIfKept(ScimObject resource, AttributeMapping mapping) {
        if (mapping.pairs().stream().anyMatch(p -> p.scim().attribute().equals("userName"))) {
            CreateScimUserService.requireUserName(resource);
        }
    }

    /** The view of a user just created: it cannot belong to a group yet. */
    static ScimUserView view(ScimContext context, User user) {
        AttributeMapping mapping = context.configuration().mapping();
        return new ScimUserView(user, ProfileToScim.convert(user.attributes(), mapping), List.of(),
                mapping.schemas());
    }

    static ScimUserView view(ScimContext context, User user, GroupRepository groups) {
        return views(context, List.of(user), groups).getFirst();
    }

    /** Views of users read with their groups. */
    static List<ScimUserView> viewsWithGroups(ScimContext context, List<UserWithGroups> read) {
        AttributeMapping mapping = context.configuration().mapping();
        return read.stream().map(found -> new ScimUserView(found.user(),
                ProfileToScim.convert(found.user().attributes(), mapping), found.groups(), mapping.schemas()))
                .toList();
    }

    /** Views of a page of users, their groups read in one query. */
    static List<ScimUserView> views(ScimContext context, List<User> users, GroupRepository groups) {
        if (users.isEmpty()) {
            return List.of();
        }
        Map<UserId, List<GroupRef>> memberships = groups.groupsOf(users.stream().map(User::id).toList());
        AttributeMapping mapping = context.configuration().mapping();
        return users.stream().map(user -> new ScimUserView(user, ProfileToScim.convert(user.attributes(), mapping),
                memberships.getOrDefault(user.id(), List.of()), mapping.schemas())).toList();
    }
}
