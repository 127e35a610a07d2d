package dev.inboundscim.application.service;

import dev.inboundscim.application.port.out.AdminTokenRepository;
import dev.inboundscim.application.port.out.ConnectionRepository;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.port.out.GroupWrite;
import dev.inboundscim.application.port.out.LogQuery;
import dev.inboundscim.application.port.out.LogRepository;
import dev.inboundscim.application.port.out.LogStreamRepository;
import dev.inboundscim.application.port.out.OrganizationRepository;
import dev.inboundscim.application.port.out.RoleRepository;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.port.out.ScimTokenRepository;
import dev.inboundscim.application.port.out.SettingsChanges;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.port.out.UserWrite;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.log.LogRouter;
import dev.inboundscim.application.service.log.LogWriter;
import dev.inboundscim.application.service.organization.OrganizationAssignments;
import dev.inboundscim.application.service.role.RoleChanges;
import dev.inboundscim.application.service.role.ScimRoleSync;
import dev.inboundscim.application.service.user.UserWrites;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupCondition;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.group.GroupMember;
import dev.inboundscim.domain.group.GroupRef;
import dev.inboundscim.domain.group.GroupSort;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import dev.inboundscim.domain.mapping.ProfilePath;
import dev.inboundscim.domain.mapping.query.ProfileCondition;
import dev.inboundscim.domain.mapping.query.SortKey;
import dev.inboundscim.domain.scim.paging.Page;
import dev.inboundscim.domain.scim.paging.PagePosition;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.TokenId;
import dev.inboundscim.domain.user.SoftDeletedUser;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserQuery;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Minimal in-memory fakes of the outbound ports for use-case tests; single-threaded, and search supports only
 * {@code MatchAll} (filter semantics are the adapters' and are proven by the contract suites).
 */
public final class InMemoryPorts {

    public final Connections connections = new Connections();
    public final Configurations configurations = new Configurations();
    public final Tokens tokens = new Tokens();
    public final Users users = new Users();
    public final NoGroups groups = new NoGroups();
    public final Logs logs = new Logs();
    public final Admin admin = new Admin();
    /** The changes the token fake reports, as the store's {@link SettingsChanges}. */
    public final SettingsChanges settingsChanges = new SettingsChanges() {
        @Override
        public long version() {
            return tokens.changes.version();
        }

        @Override
        public boolean live() {
            return tokens.changes.live();
        }
    };

    /** User writes as the server builds them, over a store without log streams or organizations. */
    public UserWrites userWrites(LogEntries entries) {
        return new UserWrites(router(), new OrganizationAssignments(empty(OrganizationRepository.class),
                SettingsChanges.NONE), entries);
    }

    /** Role sync over a store without roles: connections here map none, so it never reads them. */
    public ScimRoleSync roleSync(LogEntries entries) {
        return new ScimRoleSync(empty(RoleRepository.class), new RoleChanges(entries, router()));
    }

    /** Routing over a store without log streams: every entry is kept for none. */
    public static LogRouter router() {
        return new LogRouter(empty(LogStreamRepository.class), SettingsChanges.NONE);
    }

    /** A port of a store that holds nothing of its kind: lists are empty, anything else is not expected here. */
    static <T> T empty(Class<T> port) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                (proxy, method, args) -> {
                    if (method.getReturnType() == List.class) {
                        return List.of();
                    }
                    throw new UnsupportedOperationException(port.getSimpleName() + "." + method.getName());
                }));
    }

    /** Fake {@link ConnectionRepository}. */
    public static final class Connections implements ConnectionRepository {
        final Map<ConnectionId, Connection> rows = new LinkedHashMap<>();
        public final AtomicInteger reads = new AtomicInteger();

        @Override
        public Optional<Connection> change(ConnectionId id, ConnectionChange change) {
            Connection current = rows.get(id);
            if (current == null) {
                return Optional.empty();
            }
            Connection changed = new Connection(current.id(), current.name(), current.strategy(),
                    change.displayName() == null ? current.displayName() : change.displayName(),
                    change.syncUserProfileAtLogin() == null ? current.syncUserProfileAtLogin()
                            : change.syncUserProfileAtLogin(), current.createdAt(), change.updatedAt());
            rows.put(id, changed);
            return Optional.of(changed);
        }

        @Override
        public void insert(Connection connection) {
            if (rows.values().stream().anyMatch(c -> c.name().value().equalsIgnoreCase(connection.name().value()))) {
                throw ConflictException.conflict("name exists");
            }
            rows.put(connection.id(), connection);
        }

        @Override
        public Optional<Connection> findById(ConnectionId id) {
            reads.incrementAndGet();
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public List<Connection> findAll() {
            return List.copyOf(rows.values());
        }

        @Override
        public boolean update(Connection connection) {
            return rows.replace(connection.id(), connection) != null;
        }

        @Override
        public boolean delete(ConnectionId id) {
            return rows.remove(id) != null;
        }
    }

    /** Fake {@link ScimConfigurationRepository}. */
    public final class Configurations implements ScimConfigurationRepository {
        final Map<ConnectionId, ScimConfiguration> rows = new LinkedHashMap<>();

        @Override
        public void insert(ScimConfiguration configuration) {
            if (rows.putIfAbsent(configuration.connectionId(), configuration) != null) {
                throw ConflictException.conflict("exists");
            }
        }

        @Override
        public Optional<ScimConfiguration> findByConnection(ConnectionId connectionId) {
            return Optional.ofNullable(rows.get(connectionId));
        }

        @Override
        public boolean update(ScimConfiguration configuration) {
            return rows.replace(configuration.connectionId(), configuration) != null;
        }

        @Override
        public boolean deleteWithTokens(ConnectionId connectionId) {
            tokens.rows.values().removeIf(t -> t.connectionId().equals(connectionId));
            return rows.remove(connectionId) != null;
        }

        @Override
        public List<ScimConfiguration> list(String afterConnectionId, int take) {
            return rows.values().stream()
                    .filter(c -> afterConnectionId == null || c.connectionId().value().compareTo(afterConnectionId) > 0)
                    .sorted((a, b) -> a.connectionId().value().compareTo(b.connectionId().value()))
                    .limit(take).toList();
        }
    }

    /** Fake {@link ScimTokenRepository} that counts touches. */
    public static final class Tokens implements ScimTokenRepository {
        final Map<TokenId, ScimToken> rows = new LinkedHashMap<>();
        public final AtomicInteger touches = new AtomicInteger();
        /** What {@link #findGrant} reports as the stamp of every connection; null plays a store without stamps. */
        public volatile String stamp;
        /** How many grants were read, to see what authentication answered from memory. */
        public final AtomicInteger grantReads = new AtomicInteger();
        /** The changes this store reports; {@code NONE} plays a store that observes none. */
        public volatile SettingsChanges changes = SettingsChanges.NONE;

        @Override
        public Optional<TokenGrant> findGrant(TokenId id) {
            grantReads.incrementAndGet();
            return findById(id).map(token -> new TokenGrant(token, stamp));
        }

        /** Access tokens of the token endpoint: what each was issued to and with. */
        public final Map<TokenId, List<String>> issued = new LinkedHashMap<>();

        @Override
        public void insertAccessToken(ScimToken token, String issuedTo, String issuedWith) {
            rows.put(token.id(), token);
            issued.put(token.id(), Arrays.asList(issuedTo, issuedWith));
        }

        @Override
        public boolean insertWithinLimit(ScimToken token, int limit) {
            if (findByConnection(token.connectionId()).size() >= limit) {
                return false;
            }
            rows.put(token.id(), token);
            return true;
        }

        @Override
        public Optional<ScimToken> findById(TokenId id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public List<ScimToken> findByConnection(ConnectionId connectionId) {
            return rows.values().stream().filter(t -> t.connectionId().equals(connectionId))
                    .filter(t -> !issued.containsKey(t.id())).toList();
        }

        @Override
        public boolean delete(ConnectionId connectionId, TokenId id) {
            ScimToken token = rows.get(id);
            return token != null && token.connectionId().equals(connectionId) && rows.remove(id) != null;
        }

        @Override
        public void touch(TokenId id, Instant usedAt) {
            touches.incrementAndGet();
        }
    }

    /** Fake {@link UserRepository}; {@link #failNextUpdates} simulates concurrent writers. */
    public final class Users implements UserRepository {
        final Map<UserId, User> rows = new LinkedHashMap<>();
        final Map<UserId, SoftDeletedUser> softDeleted = new LinkedHashMap<>();
        public int failNextUpdates;

        @Override
        public void insert(UserWrite.Insert write) {
            User user = write.user();
            boolean clash = rows.containsKey(user.id()) || rows.values().stream()
                    .filter(u -> u.connectionId().equals(user.connectionId()))
                    .anyMatch(u -> Objects.equals(u.keys().userIdAttribute(), user.keys().userIdAttribute())
                            || user.keys().userName() != null
                            && Objects.equals(u.keys().userName(), user.keys().userName()));
            if (clash) {
                throw ConflictException.uniqueness("exists");
            }
            rows.put(user.id(), user);
            logs.append(write.logs());
        }

        @Override
        public Optional<User> findById(ConnectionId connectionId, UserId id) {
            return findById(id).filter(u -> u.connectionId().equals(connectionId));
        }

        @Override
        public Optional<User> findById(UserId id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<UserWithGroups> findWithGroups(ConnectionId connectionId, UserId id) {
            return findById(connectionId, id).map(user -> new UserWithGroups(user, List.of()));
        }

        @Override
        public void update(UserWrite.Update write) {
            User updated = write.user();
            User current = rows.get(updated.id());
            if (current == null) {
                throw new NotFoundException("gone");
            }
            if (failNextUpdates > 0) {
                failNextUpdates--;
                rows.put(current.id(), current.replaced(current.attributes(), current.keys(), current.updatedAt()));
                throw PreconditionFailedException.versionMismatch(current.id().value());
            }
            if (current.version() != write.expectedVersion()) {
                throw PreconditionFailedException.versionMismatch(current.id().value());
            }
            rows.put(updated.id(), updated);
            logs.append(write.logs());
        }

        @Override
        public void delete(UserWrite.Delete write) {
            User current = findById(write.connectionId(), write.id())
                    .orElseThrow(() -> new NotFoundException("gone"));
            if (current.version() != write.expectedVersion()) {
                throw PreconditionFailedException.versionMismatch(write.id().value());
            }
            rows.remove(write.id());
            logs.append(write.logs());
        }

        @Override
        public Page<User> search(ConnectionId connectionId, ProfileCondition condition, SortKey sort, long offset,
                                 int limit) {
            if (!(condition instanceof ProfileCondition.MatchAll) || sort != null) {
                throw new UnsupportedOperationException("the fake only lists");
            }
            List<User> all = rows.values().stream().filter(u -> u.connectionId().equals(connectionId)).toList();
            return new Page<>(all.stream().skip(offset).limit(limit).toList(), all.size());
        }

        @Override
        public Page<UserWithGroups> searchWithGroups(ConnectionId connectionId, ProfileCondition condition,
                                                     SortKey sort, long offset, int limit) {
            Page<User> page = search(connectionId, condition, sort, offset, limit);
            return new Page<>(page.items().stream().map(user -> new UserWithGroups(user, List.of())).toList(),
                    page.total());
        }

        @Override
        public PagePosition.Page<UserWithGroups> searchWithGroupsAfter(ConnectionId connectionId,
                                                                       ProfileCondition condition, SortKey sort,
                                                                       PagePosition after, long skip, int limit) {
            // The fake's positions are offsets in its listing: opaque to the services, as a store's are.
            long offset = (after == null ? 0 : after.seq()) + skip;
            Page<UserWithGroups> page = searchWithGroups(connectionId, condition, sort, offset, limit);
            return new PagePosition.Page<>(page.items(), page.total(), offset + page.items().size() < page.total()
                    ? new PagePosition(offset + page.items().size(), null) : null);
        }

        @Override
        public Page<User> list(ConnectionId connectionId, UserQuery query, long offset, int limit) {
            List<User> all = rows.values().stream()
                    .filter(u -> connectionId == null || u.connectionId().equals(connectionId)).toList();
            return new Page<>(all.stream().skip(offset).limit(limit).toList(), all.size());
        }

        @Override
        public void softDelete(UserWrite.SoftDelete write) {
            User current = findById(write.user().connectionId(), write.user().id())
                    .orElseThrow(() -> new NotFoundException("gone"));
            if (current.version() != write.expectedVersion()) {
                throw PreconditionFailedException.versionMismatch(current.id().value());
            }
            rows.remove(current.id());
            softDeleted.put(current.id(), new SoftDeletedUser(write.user(), write.deletedAt(), write.restoreUntil()));
            logs.append(write.logs());
        }

        @Override
        public Optional<SoftDeletedUser> findRestorable(ConnectionId connectionId, String userIdAttributeKey,
                                                        Instant now) {
            return softDeleted.values().stream().filter(d -> d.user().connectionId().equals(connectionId)
                    && Objects.equals(d.user().keys().userIdAttribute(), userIdAttributeKey) && d.restorableAt(now))
                    .max(Comparator.comparing(SoftDeletedUser::deletedAt));
        }

        @Override
        public boolean isSoftDeleted(ConnectionId connectionId, UserId id, Instant now) {
            SoftDeletedUser deleted = softDeleted.get(id);
            return deleted != null && deleted.user().connectionId().equals(connectionId) && deleted.restorableAt(now);
        }

        @Override
        public boolean restore(UserWrite.Restore write) {
            SoftDeletedUser deleted = softDeleted.get(write.user().id());
            if (deleted == null || deleted.user().version() != write.deletedVersion()
                    || !deleted.restorableAt(write.restoredAt())) {
                return false;
            }
            insert(new UserWrite.Insert(write.user(), write.organizations(), write.logs()));
            softDeleted.remove(write.user().id());
            return true;
        }

        @Override
        public Page<SoftDeletedUser> softDeleted(ConnectionId connectionId, long offset, int limit) {
            List<SoftDeletedUser> all = softDeleted.values().stream()
                    .filter(d -> d.user().connectionId().equals(connectionId))
                    .sorted(Comparator.comparing(SoftDeletedUser::deletedAt).reversed()).toList();
            return new Page<>(all.stream().skip(offset).limit(limit).toList(), all.size());
        }

        @Override
        public int purgeSoftDeleted(Instant now, int limit) {
            List<UserId> due = softDeleted.values().stream().filter(d -> !d.restorableAt(now)).limit(limit)
                    .map(d -> d.user().id()).toList();
            due.forEach(softDeleted::remove);
            return due.size();
        }
    }

    /**
     * Groups for use-case tests of users: every user is in no group. The group use cases themselves run against the
     * real stores (GroupRepositoryContract and the HTTP suites).
     */
    public static final class NoGroups implements GroupRepository {
        @Override
        public void insert(GroupWrite.Insert write) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Group> findById(ConnectionId connectionId, GroupId id) {
            return Optional.empty();
        }

        @Override
        public Optional<Group> findById(GroupId id) {
            return Optional.empty();
        }

        @Override
        public Group update(GroupWrite.Update write) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(GroupWrite.Delete write) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<Group> search(ConnectionId connectionId, GroupCondition condition, GroupSort sort, long offset,
                                  int limit) {
            return new Page<>(List.of(), 0);
        }

        @Override
        public PagePosition.Page<Group> searchAfter(ConnectionId connectionId, GroupCondition condition,
                                                    GroupSort sort, PagePosition after, long skip, int limit) {
            return new PagePosition.Page<>(List.of(), 0, null);
        }

        @Override
        public Page<Group> list(ConnectionId connectionId, long offset, int limit) {
            return new Page<>(List.of(), 0);
        }

        @Override
        public List<GroupMember> members(GroupId id, UserId after, int limit, ProfilePath displayPath) {
            return List.of();
        }

        @Override
        public Map<UserId, List<GroupRef>> groupsOf(Collection<UserId> users) {
            return Map.of();
        }
    }

    /** Fake {@link LogRepository}, and the {@link LogWriter} of the use cases under test: one list of entries. */
    public static class Logs implements LogRepository, LogWriter {
        public final List<LogEntry> entries = new ArrayList<>();
        /** What the writes stored beside each entry: its routing. */
        public final List<RoutedLogEntry> routed = new ArrayList<>();

        @Override
        public void append(LogEntry entry) {
            entries.add(entry);
        }

        @Override
        public void append(List<RoutedLogEntry> stored) {
            routed.addAll(stored);
            stored.forEach(r -> entries.add(r.entry()));
        }

        @Override
        public List<LogEntry> list(LogQuery query) {
            return entries.reversed().stream().filter(e -> query.type() == null || e.type() == query.type())
                    .skip(query.skip()).limit(query.take()).toList();
        }

        @Override
        public long count(LogQuery query) {
            return entries.stream().filter(e -> query.type() == null || e.type() == query.type()).count();
        }

        @Override
        public int deleteOldest(String beforeLogId, int limit) {
            List<LogEntry> doomed = entries.stream().filter(e -> e.logId().compareTo(beforeLogId) < 0).limit(limit)
                    .toList();
            entries.removeAll(doomed);
            return doomed.size();
        }
    }

    /** Fake {@link AdminTokenRepository}. */
    public static final class Admin implements AdminTokenRepository {
        String digest;

        @Override
        public Optional<String> findDigest() {
            return Optional.ofNullable(digest);
        }

        @Override
        public boolean saveDigestIfAbsent(String newDigest) {
            if (digest != null) {
                return false;
            }
            digest = newDigest;
            return true;
        }
    }
}
