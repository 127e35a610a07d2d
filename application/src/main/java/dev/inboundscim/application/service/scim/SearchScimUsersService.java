package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.ScimSettings;
import dev.inboundscim.application.port.in.scim.SearchScimUsersUseCase;
import dev.inboundscim.application.port.out.LogRepository;
import dev.inboundscim.application.port.out.Page;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.log.ScimLogEntries;
import dev.inboundscim.domain.mapping.query.FilterResolver;
import dev.inboundscim.domain.mapping.query.ProfileCondition;
import dev.inboundscim.domain.mapping.query.SortKey;
import dev.inboundscim.domain.scim.filter.FilterParser;
import dev.inboundscim.domain.user.User;
import java.time.Clock;

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
        // RFC 7644 §3.4.2.4: startIndex < 1 means 1, a negative count means 0.
        int startIndex = command.startIndex() == null ? 1 : Math.max(1, command.startIndex());
        int count = command.count() == null ? settings.defaultCount()
                : Math.min(Math.max(0, command.count()), settings.maxResults());
        SortKey sort = SortKey.of(command.sortBy(), command.sortOrder(), command.context().configuration().mapping());
        Page<User> page = users.search(command.context().connection().id(), condition, sort, startIndex - 1L, count);
        logs.append(ScimLogEntries.success(command.context().connection().id().value(), command.request(), 200,
                "Search users", null, clock.instant()));
        return new ScimUserPage(page.total(), startIndex,
                page.items().stream().map(u -> ScimUsers.view(command.context(), u)).toList());
    }
}
