package dev.inboundscim.application.port.in.setup;

import dev.inboundscim.domain.log.LogEntry;
import java.util.List;

/** The last SCIM requests of the ticket's connection, newest first, for its holder to see the IdP at work. */
public interface ListSetupRequestsUseCase {

    int LIMIT = 50;

    List<LogEntry> recent(String presentedSecret);
}
