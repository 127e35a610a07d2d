package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.log.ListLogsUseCase.ListLogsCommand;
import dev.inboundscim.application.port.in.log.ListLogsUseCase.LogsPage;
import dev.inboundscim.application.port.in.log.ListLogsUseCase;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.log.LogType;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v2/logs}: newest first, checkpoint paging with {@code from}/{@code take} or pages with
 * {@code page}/{@code per_page} (and {@code include_totals}); filters by type, connection, user, status, operation,
 * request id and a time range ({@code date_from} inclusive, {@code date_to} exclusive).
 */
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
            LogType type = type(call.query("type"));
            String connection = call.query("connection_id");
            boolean totals = call.flag("include_totals");
            if (connection != null && !connection.isBlank() && !ConnectionId.isWellFormed(connection)) {
                // A filter, not a reference: no entry belongs to a connection that cannot exist, so none match.
                call.respond(200, totals ? page(new LogsPage(List.of(), 0, 0, 0L)) : List.of());
                return;
            }
            ListLogsCommand command = new ListLogsCommand(type, ResourceIds.connectionFilter(connection),
                    blankToNull(call.query("user_id")), call.intQuery("status"), blankToNull(call.query("operation")),
                    blankToNull(call.query("request_id")), instant(call.query("date_from"), "date_from"),
                    instant(call.query("date_to"), "date_to"), call.query("from"), call.intQuery("take"),
                    call.intQuery("page"), call.intQuery("per_page"), totals);
            LogsPage logs = list.list(command);
            call.respond(200, totals ? page(logs) : entries(logs));
        });
    }

    /** Auth0's answer with {@code include_totals=true}. */
    private static Map<String, Object> page(LogsPage logs) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("start", logs.start());
        page.put("limit", logs.limit());
        page.put("length", logs.logs().size());
        page.put("total", logs.total());
        page.put("logs", entries(logs));
        return page;
    }

    private static List<?> entries(LogsPage logs) {
        return logs.logs().stream().map(ManagementMapper.INSTANCE::toResponse).toList();
    }

    private static Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw BadRequestException.invalidValue(name + " must be an ISO 8601 instant such as 2026-12-01T00:00:00Z");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Absent or blank: every type. */
    private static LogType type(String code) {
        return code == null || code.isBlank() ? null : LogType.fromCode(code).orElseThrow(
                () -> BadRequestException.invalidValue("type must be a known log type, such as sscim or fscim"));
    }
}
