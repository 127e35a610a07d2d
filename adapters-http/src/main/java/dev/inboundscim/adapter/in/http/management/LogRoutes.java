package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.log.ListLogsUseCase;
import dev.inboundscim.application.port.in.log.ListLogsUseCase.ListLogsCommand;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

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
        exchange.run(request, response, call -> call.respond(200, list.list(new ListLogsCommand(call.query("type"),
                call.query("connection_id"), call.query("from"), call.intQuery("take"))).stream()
                .map(ManagementMapper.INSTANCE::toResponse).toList()));
    }
}
