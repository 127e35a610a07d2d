package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.ScimSettings;
import dev.inboundscim.application.port.in.scim.ScimUserView;
import dev.inboundscim.application.port.in.scim.SearchScimUsersUseCase;
import dev.inboundscim.application.port.out.LogRepository;
import dev.inboundscim.application.port.out.Page;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.log.ScimLogEntries;
import dev.inboundscim.domain.mapping.query.FilterResolver;
import dev.inboundscim.domain.mapping.query.ProfileCondition;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.mapping.query.SortKey;
import dev.inboundscim.domain.scim.paging.PageCursor;
import dev.inboundscim.domain.scim.filter.FilterParser;
import dev.inboundscim.domain.user.User;
import java.time.Clock;
import java.util.List;

/** Lists users with a filter pushed down to the store and RFC 7644 §3.4.2.4 index paging. */
public final class SearchScimUsersService implements SearchScimUsersUseCase {

    private final UserRepository users;
    private final LogRepository logs;
    private final ScimSettings settings;
    private final Clock clock;

    public SearchScimUsersService(UserRepository users, LogRepository logs, ScimSettings settings, Clock clock) {
        this.users = users;
        this.logs = logs;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public ScimUserPage search(SearchScimUsersCommand command) {
        ProfileCondition condition = command.filter() == null || command.filter().isBlank()
                ? new ProfileCondition.MatchAll()
                : new FilterResolver(command.context().configuration().mapping())
                        .resolve(FilterParser.parse(command.filter()));
        int count = command.count() == null ? settings.defaultCount()
                : Math.min(Math.max(0, command.count()), settings.maxResults());
        SortKey sort = SortKey.of(command.sortBy(), command.sortOrder(), command.context().configuration().mapping());
        PageCursor cursor = cursor(command);
        // RFC 7644 §3.4.2.4: startIndex < 1 means 1, a negative count means 0.
        long offset = cursor != null ? cursor.offset()
                : command.startIndex() == null ? 0 : Math.max(1, command.startIndex()) - 1L;
        Page<User> page = users.search(command.context().connection().id(), condition, sort, offset, count);
        logs.append(ScimLogEntries.success(command.context().connection().id().value(), command.request(), 200,
                "Search users", null, clock.instant()));
        List<ScimUserView> views = page.items().stream().map(u -> ScimUsers.view(command.context(), u)).toList();
        String next = cursor != null && offset + views.size() < page.total() && !views.isEmpty()
                ? new PageCursor(offset + views.size(), cursor.fingerprint()).encode() : null;
        return new ScimUserPage(page.total(), (int) Math.min(Integer.MAX_VALUE, offset + 1), views, cursor != null,
                next);
    }

    /** RFC 9865: a {@code cursor} parameter (empty to start) selects cursor paging; it excludes startIndex. */
    private static PageCursor cursor(SearchScimUsersCommand command) {
        if (command.cursor() == null) {
            return null;
        }
        if (command.startIndex() != null) {
            throw BadRequestException.invalidValue("cursor and startIndex cannot be used together");
        }
        return PageCursor.parse(command.cursor(), PageCursor.fingerprint(
                command.context().connection().id().value(), command.filter(), command.sortBy(),
                command.sortOrder()));
    }
}
