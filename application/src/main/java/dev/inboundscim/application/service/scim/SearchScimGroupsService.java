package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.ScimSettings;
import dev.inboundscim.application.port.in.scim.ScimGroupView;
import dev.inboundscim.application.port.in.scim.ScimPage;
import dev.inboundscim.application.port.in.scim.SearchScimGroupsUseCase;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.log.LogWriter;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupCondition;
import dev.inboundscim.domain.group.GroupFilterResolver;
import dev.inboundscim.domain.scim.paging.PagePosition;
import java.util.List;

/**
 * Lists groups with the filter pushed down to the store, sorting, index paging (deep pages sought from the position
 * this node remembers, {@link PagePositions}) and RFC 9865 keyset cursors.
 */
public final class SearchScimGroupsService implements SearchScimGroupsUseCase {

    private final GroupRepository groups;
    private final LogWriter logs;
    private final ScimSettings settings;
    private final LogEntries entries;

    private final PagePositions positions = new PagePositions();

    public SearchScimGroupsService(GroupRepository groups, LogWriter logs, ScimSettings settings, LogEntries entries) {
        this.groups = groups;
        this.logs = logs;
        this.settings = settings;
        this.entries = entries;
    }

    @Override
    public ScimPage<ScimGroupView> search(SearchScimGroupsCommand command) {
        GroupCondition condition = command.filter() == null ? new GroupCondition.MatchAll()
                : GroupFilterResolver.resolve(command.filter());
        ConnectionId connectionId = command.context().connection().id();
        if (command.cursor() != null) {
            return byCursor(command, condition, connectionId);
        }
        ListWindow window = ListWindow.of(command.startIndex(), command.count(), settings);
        // As Users' index pages (issue 20): sought after where this node remembers the page before ended, or else
        // read with an offset; either way they hand back where they end, for the page after.
        String query = "Groups/" + connectionId.value() + "/" + command.filter() + "/" + command.sort() + "/"
                + condition;
        PagePosition after = positions.find(query, window.offset());
        PagePosition.Page<Group> page = PagePositions.withinTotal(groups.searchAfter(connectionId, condition,
                command.sort(), after, after == null ? window.offset() : 0, window.count()), window.offset());
        positions.remember(query, window.offset() + page.items().size(), page.next());
        logs.append(entries.scimSuccess(connectionId.value(), command.request(), "Search groups", null));
        List<ScimGroupView> views = page.items().stream()
                .map(group -> ScimGroups.view(command.context(), group, groups)).toList();
        return window.page(page.total(), views);
    }

    /** RFC 9865 cursor paging by keyset: each page is sought after the last group of the one before (issue 20). */
    private ScimPage<ScimGroupView> byCursor(SearchScimGroupsCommand command, GroupCondition condition,
                                             ConnectionId connectionId) {
        ListWindow.Keyset window = ListWindow.Keyset.of(command.startIndex(), command.count(), command.cursor(),
                settings, "Groups", connectionId, command.filter(), command.sort());
        PagePosition.Page<Group> page = groups.searchAfter(connectionId, condition, command.sort(), window.after(),
                window.count());
        logs.append(entries.scimSuccess(connectionId.value(), command.request(), "Search groups", null));
        return window.page(page.total(), page.items().stream()
                .map(group -> ScimGroups.view(command.context(), group, groups)).toList(), page.next());
    }
}
