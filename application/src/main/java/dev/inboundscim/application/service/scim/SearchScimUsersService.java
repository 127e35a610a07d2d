package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.ScimSettings;
import dev.inboundscim.application.port.in.scim.ScimPage;
import dev.inboundscim.application.port.in.scim.ScimUserView;
import dev.inboundscim.application.port.in.scim.SearchScimUsersUseCase;
import dev.inboundscim.application.port.out.UserRepository.UserWithGroups;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.log.LogWriter;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.query.FilterResolver;
import dev.inboundscim.domain.mapping.query.ProfileCondition;
import dev.inboundscim.domain.mapping.query.SortKey;
import dev.inboundscim.domain.scim.paging.Page;
import dev.inboundscim.domain.scim.paging.PagePosition;
import java.util.List;

/**
 * Lists users with a filter pushed down to the store, RFC 7644 §3.4.2.4 index paging (deep pages sought from the
 * position this node remembers, {@link PagePositions}) and RFC 9865 keyset cursors.
 */
public final class SearchScimUsersService implements SearchScimUsersUseCase {

    private final UserRepository users;
    private final LogWriter logs;
    private final ScimSettings settings;
    private final LogEntries entries;

    private final PagePositions positions;

    public SearchScimUsersService(UserRepository users, LogWriter logs, ScimSettings settings, LogEntries entries) {
        this(users, logs, settings, entries, new PagePositions());
    }

    SearchScimUsersService(UserRepository users, LogWriter logs, ScimSettings settings, LogEntries entries,
                           PagePositions positions) {
        this.users = users;
        this.logs = logs;
        this.settings = settings;
        this.entries = entries;
        this.positions = positions;
    }

    @Override
    public ScimPage<ScimUserView> search(SearchScimUsersCommand command) {
        AttributeMapping mapping = command.context().configuration().mapping();
        ProfileCondition condition = command.filter() == null ? new ProfileCondition.MatchAll()
                : new FilterResolver(mapping).resolve(command.filter());
        SortKey sort = SortKey.of(command.sort(), mapping);
        if (command.cursor() != null) {
            return byCursor(command, condition, sort);
        }
        ListWindow window = ListWindow.of(command.startIndex(), command.count(), settings);
        // Index pages seek after where this node remembers the page before ended (an import loop's next page), or
        // else count past the offset; either way they hand back where they end, for the page after (issue 20).
        String query = "Users/" + command.context().connection().id().value() + "/" + command.filter() + "/"
                + command.sort() + "/" + condition + "/" + sort;
        PagePosition after = positions.find(query, window.offset());
        PagePosition.Page<UserWithGroups> page = PagePositions.withinTotal(users.searchWithGroupsAfter(
                command.context().connection().id(), condition, sort, after, after == null ? window.offset() : 0,
                window.count()), window.offset());
        positions.remember(query, window.offset() + page.items().size(), page.next());
        logs.append(entries.scimSuccess(command.context().connection().id().value(), command.request(),
                "Search users", null));
        List<ScimUserView> views = ScimUsers.viewsWithGroups(command.context(), page.items());
        return window.page(page.total(), views);
    }

    /** RFC 9865 cursor paging by keyset: each page is sought after the last item of the one before. */
    private ScimPage<ScimUserView> byCursor(SearchScimUsersCommand command, ProfileCondition condition,
                                            SortKey sort) {
        ListWindow.Keyset window = ListWindow.Keyset.of(command.startIndex(), command.count(), command.cursor(),
                settings, "Users", command.context().connection().id(), command.filter(), command.sort());
        PagePosition.Page<UserWithGroups> page = users.searchWithGroupsAfter(command.context().connection().id(),
                condition, sort, window.after(), window.count());
        logs.append(entries.scimSuccess(command.context().connection().id().value(), command.request(),
                "Search users", null));
        return window.page(page.total(), ScimUsers.viewsWithGroups(command.context(), page.items()), page.next());
    }
}
