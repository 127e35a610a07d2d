package dev.inboundscim.domain.event;

import java.util.List;
import java.util.Objects;

/** The stored events a redelivery sends again: named by id, or those stored within a range of log ids. */
public sealed interface EventSelection {

    /** At most this many events per redelivery request. */
    int MAX_EVENTS = 10_000;

    /** The events whose log ids are {@code logIds}. */
    record ByIds(List<String> logIds) implements EventSelection {
        public ByIds {
            logIds = List.copyOf(logIds);
        }
    }

    /** The events whose log ids sort in {@code [fromLogId, toLogId)}: log ids begin with their date. */
    record Between(String fromLogId, String toLogId) implements EventSelection {
        public Between {
            Objects.requireNonNull(fromLogId, "fromLogId");
            Objects.requireNonNull(toLogId, "toLogId");
        }
    }
}
