package dev.inboundscim.application.service.setup;

import dev.inboundscim.application.port.in.setup.ListSetupRequestsUseCase;
import dev.inboundscim.application.port.out.LogQuery;
import dev.inboundscim.application.port.out.LogRepository;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.setup.SetupTicket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The newest SCIM entries of the ticket's connection, successes and failures together. */
public final class ListSetupRequestsService implements ListSetupRequestsUseCase {

    private final SetupTicketLookup lookup;
    private final LogRepository logs;

    public ListSetupRequestsService(SetupTicketLookup lookup, LogRepository logs) {
        this.lookup = lookup;
        this.logs = logs;
    }

    @Override
    public List<LogEntry> recent(String presentedSecret) {
        SetupTicket ticket = lookup.open(presentedSecret);
        String connection = ticket.connectionId().value();
        List<LogEntry> entries = new ArrayList<>(logs.list(LogQuery.newest(LogType.SSCIM, connection, null, LIMIT)));
        entries.addAll(logs.list(LogQuery.newest(LogType.FSCIM, connection, null, LIMIT)));
        // Log ids grow with time: the newest first across both kinds.
        entries.sort(Comparator.comparing(LogEntry::logId).reversed());
        return entries.subList(0, Math.min(LIMIT, entries.size()));
    }
}
