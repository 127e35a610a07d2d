package dev.inboundscim.application.service.logstream;

import dev.inboundscim.application.port.in.logstream.FilterInput;
import dev.inboundscim.application.port.out.LogStreamRepository;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.logstream.ContentFormat;
import dev.inboundscim.domain.logstream.LogCategory;
import dev.inboundscim.domain.logstream.LogStream;
import dev.inboundscim.domain.logstream.LogStreamId;
import dev.inboundscim.domain.logstream.LogStreamStatus;
import java.util.Arrays;
import java.util.List;

/** Reads the Management API's log stream fields, refusing anything unknown with a 400 that names it. */
final class LogStreamInputs {

    private LogStreamInputs() {
    }

    static List<LogCategory> categories(List<FilterInput> filters) {
        if (filters == null) {
            return List.of();
        }
        return filters.stream().map(LogStreamInputs::category).distinct().toList();
    }

    private static LogCategory category(FilterInput filter) {
        if (filter == null || !"category".equals(filter.type())) {
            throw BadRequestException.invalidValue("filters[].type must be \"category\"");
        }
        return LogCategory.fromWireName(filter.name()).orElseThrow(() -> BadRequestException.invalidValue(
                "filters[].name must be one of " + String.join(", ",
                        Arrays.stream(LogCategory.values()).map(LogCategory::wireName).toList())));
    }

    static ContentFormat format(String format) {
        if (format == null) {
            return ContentFormat.JSONARRAY;
        }
        return ContentFormat.fromWireName(format).orElseThrow(() -> BadRequestException.invalidValue(
                "sink.httpContentFormat must be JSONARRAY, JSONLINES or JSONOBJECT"));
    }

    /** Only {@code active} and {@code paused} can be asked for; {@code suspended} is the delivery's verdict. */
    static LogStreamStatus requestedStatus(String status) {
        return LogStreamStatus.fromWireName(status).filter(s -> s != LogStreamStatus.SUSPENDED)
                .orElseThrow(() -> BadRequestException.invalidValue("status must be active or paused"));
    }

    static LogStream require(LogStreamRepository streams, LogStreamId id) {
        return streams.findById(id).orElseThrow(() -> new NotFoundException("Log stream not found"));
    }
}
