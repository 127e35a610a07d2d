package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.log.ListLogsUseCase;
import dev.inboundscim.application.port.in.log.ListLogsUseCase.ListLogsCommand;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.log.LogType;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;

/** {@code /api/v2/logs}: newest first, checkpoint paging with {@code from}/{@code take}. */
final class LogRoutes implements HttpService {

    private final ManagementExchange exchange;
    private final ListLogsUseCase list;

    LogRoutes(ManagementExchange exchange, ListLogsUseCase list) {
        this.exchange = exchange;
        this.list = list;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/logs", this::list);
    }

    private void list(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            Integer take = call.intQuery("take");
            LogType type = type(call.query("type"));
            String connection = call.query("connection_id");
            if (connection != null && !connection.isBlank() && !ConnectionId.isWellFormed(connection)) {
                // A filter, not a reference: no entry belongs to a connection that cannot exist, so none match.
                call.respond(200, List.of());
                return;
            }
            call.respond(200, list.list(new ListLogsCommand(type, ResourceIds.connectionFilter(connection),
                    call.query("from"), take)).stream().map(ManagementMapper.INSTANCE::toResponse).toList());
        });
    }

    /** Absent or blank: every type. */
    private static LogType type(String code) {
        return code == null || code.isBlank() ? null : LogType.fromCode(code).orElseThrow(
                () -> BadRequestException.invalidValue("type must be a known log type, such as sscim or fscim"));
    }
}
