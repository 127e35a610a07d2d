package dev.inboundscim.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.domain.event.DeliveryAttempt.Outcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryAttemptTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    private static DeliveryAttempt one(String id, Outcome outcome, Integer status, String detail, int second) {
        return new DeliveryAttempt(id, T0.plusSeconds(second), outcome, status, detail);
    }

    @Test
    void consecutiveEventsAcceptedAlikeBecomeOneRecordUpToTheLast() {
        List<DeliveryAttempt> runs = DeliveryAttempt.joinRuns(List.of(
                one("evt_1", Outcome.DELIVERED, 202, null, 1),
                one("evt_2", Outcome.DELIVERED, 202, null, 2),
                one("evt_3", Outcome.DELIVERED, 202, null, 3),
                one("evt_4", Outcome.REJECTED, 400, "invalid_request: no", 4),
                one("evt_5", Outcome.DELIVERED, 200, null, 5),
                one("evt_6", Outcome.DELIVERED, 202, null, 6),
                one("evt_7", Outcome.FAILED, null, "the endpoint answered HTTP 503", 7)));

        assertEquals(List.of(
                new DeliveryAttempt("evt_1", T0.plusSeconds(3), Outcome.DELIVERED, 202, null, 3, "evt_3"),
                one("evt_4", Outcome.REJECTED, 400, "invalid_request: no", 4),
                one("evt_5", Outcome.DELIVERED, 200, null, 5),
                one("evt_6", Outcome.DELIVERED, 202, null, 6),
                one("evt_7", Outcome.FAILED, null, "the endpoint answered HTTP 503", 7)), runs);
    }

    @Test
    void aBatchRecordJoinsTheNextAcceptedOne() {
        DeliveryAttempt batch = new DeliveryAttempt("evt_1", T0, Outcome.DELIVERED, 202, null, 5, "evt_5");
        assertEquals(List.of(new DeliveryAttempt("evt_1", T0.plusSeconds(1), Outcome.DELIVERED, 202, null, 6,
                "evt_6")), DeliveryAttempt.joinRuns(List.of(batch, one("evt_6", Outcome.DELIVERED, 202, null, 1))));
    }

    @Test
    void aRecordNamesItsLastEventExactlyWhenItHoldsSeveral() {
        assertThrows(IllegalArgumentException.class,
                () -> new DeliveryAttempt("evt_1", T0, Outcome.DELIVERED, 202, null, 2, null));
        assertThrows(IllegalArgumentException.class,
                () -> new DeliveryAttempt("evt_1", T0, Outcome.DELIVERED, 202, null, 1, "evt_1"));
        assertThrows(IllegalArgumentException.class,
                () -> new DeliveryAttempt("evt_1", T0, Outcome.DELIVERED, 202, null, 0, null));
    }
}
