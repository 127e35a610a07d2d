package dev.inboundscim.application.service.session;

import dev.inboundscim.application.port.in.session.RecordLoginUseCase;
import dev.inboundscim.application.port.in.user.UserProfileView;
import dev.inboundscim.application.port.out.ClientRepository;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.port.out.RoleRepository;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.port.out.SessionRepository;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.log.LogWriter;
import dev.inboundscim.application.service.organization.OrganizationAssignments;
import dev.inboundscim.application.service.scim.ScimUsers;
import dev.inboundscim.application.service.user.UserWrites;
import dev.inboundscim.domain.client.ClientId;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.error.ForbiddenException;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.LoginProfiles;
import dev.inboundscim.domain.role.EffectiveRoles;
import dev.inboundscim.domain.role.OrganizationRoles;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.session.RefreshToken;
import dev.inboundscim.domain.session.Session;
import dev.inboundscim.domain.user.Identity;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records a login (SPEC §5): the user is found by {@code claims.sub} (the value of the connection's user id
 * attribute) or created just in time from the claims; with {@code sync_user_profile_at_login} the claims' root
 * attributes overwrite the profile; a blocked user is refused with 403 and nothing is recorded but an {@code f}
 * entry. Each login writes an {@code s} entry, with the user write when there is one.
 */
public final class RecordLoginService implements RecordLoginUseCase {

    private static final int ATTEMPTS = 5;

    private final ConnectionLookup connections;
    private final ScimConfigurationRepository configurations;
    private final UserRepository users;
    private final UserWrites userWrites;
    private final GroupRepository groups;
    private final ClientRepository clients;
    private final SessionRepository sessions;
    private final OrganizationAssignments organizations;
    private final LogWriter logs;
    private final LogEntries entries;
    private final RoleRepository roles;

    public RecordLoginService(ConnectionLookup connections, ScimConfigurationRepository configurations,
                              UserRepository users, UserWrites userWrites, GroupRepository groups,
                              ClientRepository clients, SessionRepository sessions,
                              OrganizationAssignments organizations, LogWriter logs, LogEntries entries,
                              RoleRepository roles) {
        this.roles = roles;
        this.connections = connections;
        this.configurations = configurations;
        this.users = users;
        this.userWrites = userWrites;
        this.groups = groups;
        this.clients = clients;
        this.sessions = sessions;
        this.organizations = organizations;
        this.logs = logs;
        this.entries = entries;
    }

    @Override
    public LoggedIn login(LoginCommand command) {
        Connection connection = connections.require(command.connectionId());
        ScimObject claims = command.claims() == null ? ScimObject.EMPTY : command.claims();
        String subject = LoginProfiles.subject(claims);
        String sessionId = Session.requireId(command.sessionId(), "session_id");
        String clientId = requireKnownClient(command.clientId());
        AttributeMapping mapping = configurations.findByConnection(connection.id()).map(ScimConfiguration::mapping)
                .orElseGet(() -> DefaultMappings.forStrategy(connection.strategy()));
        UserId id = UserId.of(connection.strategy(), connection.name(), subject);
        User user = loggedIn(connection, mapping, id, claims, subject);
        Instant now = entries.now();
        sessions.recordLogin(new Session(sessionId, user.id(), clientId, now, now),
                command.refreshTokenId() == null ? null
                        : new RefreshToken(command.refreshTokenId(), user.id(), clientId, sessionId, now));
        // assign_membership_on_login: idempotent, so it also repairs a membership a creation could not write.
        organizations.join(connection.id(), user.id());
        UserProfileView profile = new UserProfileView(user, groups.groupsOf(List.of(user.id()))
                .getOrDefault(user.id(), List.of()));
        // Read after the memberships above, so a user that joined an organization at this login holds its roles.
        List<OrganizationRoles> organizationRoles = roles.heldInOrganizations(user.id()).entrySet().stream()
                .map(held -> new OrganizationRoles(held.getKey(), EffectiveRoles.of(held.getValue()))).toList();
        return new LoggedIn(profile, EffectiveRoles.of(roles.held(user.id())), organizationRoles);
    }

    /** The user after the login's own write (creation or sync), if it needed one. */
    private User loggedIn(Connection connection, AttributeMapping mapping, UserId id, ScimObject claims,
                          String subject) {
        for (int attempt = 1; ; attempt++) {
            Optional<User> existing = users.findById(connection.id(), id);
            Instant now = entries.now();
            try {
                if (existing.isEmpty() && users.isSoftDeleted(connection.id(), id, now)) {
                    // Deprovisioned by a soft SCIM DELETE (SPEC §10): blocked until restored or purged, not recreated.
                    refuseBlocked(connection, id, now);
                }
                if (existing.isEmpty()) {
                    return created(connection, mapping, id, claims, subject, now);
                }
                User user = existing.get();
                if (user.isBlocked()) {
                    refuseBlocked(connection, user.id(), now);
                }
                ScimObject synced = LoginProfiles.synced(user.attributes(), claims);
                if (!connection.syncUserProfileAtLogin() || synced.equals(user.attributes())) {
                    logs.append(entry(LogType.SUCCESS_LOGIN, connection, user.id(), "Successful login", now));
                    return user;
                }
                User updated = user.replaced(synced, ScimUsers.keys(synced, mapping), now);
                users.update(userWrites.update(user, updated, entry(LogType.SUCCESS_LOGIN, connection, user.id(),
                        "Successful login: profile synced from the claims", now), now));
                return updated;
            } catch (ConflictException | PreconditionFailedException e) {
                // A concurrent login created or changed the user first: decide again on a fresh read.
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void refuseBlocked(Connection connection, UserId id, Instant now) {
        logs.append(entry(LogType.FAILED_LOGIN, connection, id, "Login refused: the user is blocked", now));
        throw new ForbiddenException("The user is blocked");
    }

    private User created(Connection connection, AttributeMapping mapping, UserId id, ScimObject claims,
                         String subject, Instant now) {
        ScimObject profile = LoginProfiles.newProfile(claims, mapping);
        Identity identity = new Identity(connection.name().value(), connection.strategy().wireName(), subject,
                false);
        User user = new User(id, connection.id(), profile, List.of(identity), ScimUsers.keys(profile, mapping), now,
                now, 1);
        users.insert(userWrites.insert(user, entry(LogType.SUCCESS_LOGIN, connection, id,
                "Successful login: user created just in time", now)));
        return user;
    }

    private String requireKnownClient(ClientId clientId) {
        if (clientId == null) {
            return null;
        }
        if (clients.findById(clientId).isEmpty()) {
            throw BadRequestException.invalidValue("client_id names no client");
        }
        return clientId.value();
    }

    private LogEntry entry(LogType type, Connection connection, UserId userId, String description, Instant now) {
        return entries.event(type, connection.id().value(), description, userId.value(),
                ScimObject.builder().put("connection", connection.name().value()).build(), now);
    }
}
