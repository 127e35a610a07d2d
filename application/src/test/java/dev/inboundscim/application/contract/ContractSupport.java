package dev.inboundscim.application.contract;

import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.port.out.GroupWrite;
import dev.inboundscim.application.port.out.LogQuery;
import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.application.port.out.UserWrite;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupEdit;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.id.RandomIds;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogIds;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import dev.inboundscim.domain.mapping.ProfilePath;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimValue;
import dev.inboundscim.domain.user.Identity;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserKeys;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every repository contract shares: the adapter's repositories, and fixtures with fresh ids (a new connection
 * per test), so tests never depend on each other or on their order, even on a shared database.
 */
public abstract class ContractSupport {

    /** One source of log ids for every contract test, as a server process has one. */
    protected static final LogIds LOG_IDS = new LogIds();

    /** Millisecond precision: every store keeps at least that much, so round trips compare equal. */
    private static final AtomicLong CLOCK = new AtomicLong(Instant.now().truncatedTo(ChronoUnit.MILLIS).toEpochMilli());

    /** The adapter under test; called once per test or more, so it should return shared repositories. */
    protected abstract Repositories repositories();

    /** A strictly increasing instant, so entries sorted by time have one possible order. */
    protected static Instant now() {
        return Instant.ofEpochMilli(CLOCK.incrementAndGet());
    }

    protected static String unique(String prefix) {
        return prefix + RandomIds.alphanumeric("", 12);
    }

    protected Connection newConnection() {
        Connection connection = Connection.create(new ConnectionName(unique("acme-")), Strategy.OKTA, "Acme Corp",
                now());
        repositories().connections().insert(connection);
        return connection;
    }

    /** A user of {@code connection} whose keys are {@code userName} and {@code externalId}, with a rich profile. */
    protected static User user(Connection connection, String userName, String externalId) {
        ScimObject profile = ScimObject.builder()
                .put("preferred_username", userName)
                .put("email", userName + "@Example.com")
                .put("given_name", "Given " + userName)
                .put("blocked", ScimBoolean.FALSE)
                .put("login_count", new ScimNumber(new BigDecimal("12.50")))
                .put("nickname", ScimNull.INSTANCE)
                .put("app_metadata", ScimObject.builder()
                        .put("external_id", externalId)
                        .put("title", "Engineer")
                        .put("address", ScimObject.builder().put("city", "Zürich").put("zip", ScimNumber.of(8001))
                                .build())
                        .put("roles", new ScimArray(List.of(ScimValue.of("admin"), ScimValue.of(true),
                                ScimNumber.of(7))))
                        .build())
                .put("user_metadata", ScimObject.EMPTY)
                .build();
        return user(connection, userName, externalId, profile);
    }

    protected static User user(Connection connection, String userName, String externalId, ScimObject profile) {
        Instant created = now();
        UserId id = UserId.of(connection.strategy(), connection.name(), externalId);
        Identity identity = new Identity(connection.name().value(), connection.strategy().wireName(), externalId,
                false);
        return new User(id, connection.id(), profile, List.of(identity), UserKeys.of(userName, externalId), created,
                created, 1);
    }

    /** Inserts {@link #user(Connection, String, String)} with its log entry. */
    protected User insertedUser(Connection connection, String userName, String externalId) {
        User user = user(connection, userName, externalId);
        repositories().users().insert(inserting(user, log(connection, user.id().value())));
        return user;
    }

    /** The next version of {@code user}: attributes changed, added and removed, and new keys. */
    protected static User changed(User user) {
        ScimObject attributes = user.attributes().with("given_name", ScimObject.EMPTY)
                .with("blocked", ScimBoolean.TRUE)
                .with("family_name", ScimValue.of("Smith"))
                .without("email");
        return user.replaced(attributes, UserKeys.of("Renamed", "ext-renamed"), now());
    }

    protected static LogEntry log(Connection connection, LogType type, String userId) {
        Instant date = now();
        ScimObject details = ScimObject.builder()
                .put("method", "POST")
                .put("path", "/scim/v2/Users")
                .put("status", ScimNumber.of(201))
                .put("request", ScimObject.builder().put("body", ScimObject.builder().put("userName", "x").build())
                        .build())
                .build();
        return new LogEntry(LOG_IDS.next(date), type, date, connection.id().value(), "Create a user", "10.0.0.1",
                "JUnit", userId, details);
    }

    protected static LogEntry log(Connection connection, String userId) {
        return log(connection, LogType.SSCIM, userId);
    }

    /**
     * {@code entries} routed as the application routes them ({@link RoutedLogEntry#route}), over the streams the
     * store holds now: the writes below carry what the application would decide, so the store is tested on it.
     */
    protected List<RoutedLogEntry> routed(List<LogEntry> entries) {
        return RoutedLogEntry.routeAll(entries, repositories().logStreams().list(),
                repositories().eventStreams().list());
    }

    protected List<RoutedLogEntry> routed(LogEntry entry) {
        return routed(List.of(entry));
    }

    /** The insert of {@code user}, joining the organizations that assign its connection. */
    protected UserWrite.Insert inserting(User user, LogEntry entry) {
        return new UserWrite.Insert(user, repositories().organizations().assigning(user.connectionId()),
                routed(entry));
    }

    protected UserWrite.Insert inserting(User user, List<LogEntry> entries) {
        return new UserWrite.Insert(user, repositories().organizations().assigning(user.connectionId()),
                routed(entries));
    }

    protected UserWrite.Update updating(User user, LogEntry entry) {
        return updating(user, List.of(entry));
    }

    protected UserWrite.Update updating(User user, List<LogEntry> entries) {
        return new UserWrite.Update(user, routed(entries));
    }

    protected UserWrite.Delete deleting(ConnectionId connectionId, UserId id, long expectedVersion, LogEntry entry) {
        return deleting(connectionId, id, expectedVersion, List.of(entry));
    }

    protected UserWrite.Delete deleting(ConnectionId connectionId, UserId id, long expectedVersion,
                                        List<LogEntry> entries) {
        return new UserWrite.Delete(connectionId, id, expectedVersion, routed(entries));
    }

    /** Deletes the user of any connection at the version it has now; false when there is none. */
    protected boolean deleteUser(UserId id) {
        return deleteUser(id, List.of());
    }

    protected boolean deleteUser(UserId id, List<LogEntry> entries) {
        Optional<User> user = repositories().users().findById(id);
        user.ifPresent(found -> repositories().users().delete(deleting(found.connectionId(), found.id(),
                found.version(), entries)));
        return user.isPresent();
    }

    protected GroupWrite.Insert inserting(Group group, Set<UserId> members, long maxGroupsPerConnection,
                                          long maxMembersPerGroup, List<LogEntry> entries) {
        return new GroupWrite.Insert(group, members, maxGroupsPerConnection, maxMembersPerGroup, routed(entries));
    }

    protected GroupWrite.Update updating(ConnectionId connectionId, GroupId id, Long expectedVersion, GroupEdit edit,
                                         long maxMembersPerGroup, Instant now, List<LogEntry> entries) {
        return new GroupWrite.Update(connectionId, id, expectedVersion, edit, maxMembersPerGroup, now,
                routed(entries));
    }

    protected GroupWrite.Delete deleting(ConnectionId connectionId, GroupId id, Long expectedVersion,
                                         List<LogEntry> entries) {
        return new GroupWrite.Delete(connectionId, id, expectedVersion, routed(entries));
    }

    /** The log entries of {@code connection}, newest first. */
    protected List<LogEntry> logsOf(Connection connection) {
        return repositories().logs().list(LogQuery.newest(null, connection.id().value(), null, 1000));
    }

    protected static final long NO_LIMIT = Long.MAX_VALUE;
    protected static final ProfilePath USER_NAME = ProfilePath.parse("preferred_username");

    protected GroupRepository groups() {
        return repositories().groups();
    }

    protected static Group group(Connection connection, String displayName, String externalId, int members) {
        Instant now = now();
        return new Group(GroupId.generate(), connection.id(), displayName, externalId, now, now, 1, members);
    }

    protected Group insertedGroup(Connection connection, String displayName, User... members) {
        Group group = group(connection, displayName, null, members.length);
        groups().insert(inserting(group, ids(members), NO_LIMIT, NO_LIMIT, List.of(log(connection, null))));
        return group;
    }

    protected static Set<UserId> ids(User... users) {
        Set<UserId> ids = new LinkedHashSet<>();
        for (User user : users) {
            ids.add(user.id());
        }
        return ids;
    }

    /** Runs {@code tasks} on their own threads, released together, and returns each outcome (value or failure). */
    protected static <T> List<Outcome<T>> concurrently(List<Callable<T>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(new Outcome<>(future.get(30, TimeUnit.SECONDS), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome<>(null, e.getCause()));
                } catch (TimeoutException e) {
                    throw new AssertionError("a concurrent task did not finish in 30 s", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** What one concurrent task produced: a value, or the failure it threw. */
    protected record Outcome<T>(T value, Throwable failure) {
        public boolean succeeded() {
            return failure == null;
        }
    }
}
