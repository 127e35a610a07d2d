package dev.inboundscim.domain.scim.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimType;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageCursorTest {

    private final int query = PageCursor.fingerprint("con_1", "userName pr", null, null);

    @Test
    void roundTripsAndStartsAtZeroWhenEmpty() {
        assertEquals(new PageCursor(0, query), PageCursor.parse("", query));
        PageCursor cursor = new PageCursor(200, query);
        assertEquals(cursor, PageCursor.parse(cursor.encode(), query));
    }

    @Test
    void refusesACursorOfAnotherQuery() {
        String cursor = new PageCursor(100, query).encode();
        int other = PageCursor.fingerprint("con_1", "userName pr", "userName", null);
        BadRequestException error = assertThrows(BadRequestException.class, () -> PageCursor.parse(cursor, other));
        assertEquals(ScimType.INVALID_CURSOR, error.scimType().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "%%%", "djE6", "djE6eDox", "djI6MToy"})
    void refusesCursorsItDidNotIssue(String text) {
        BadRequestException error = assertThrows(BadRequestException.class, () -> PageCursor.parse(text, query));
        assertEquals(ScimType.INVALID_CURSOR, error.scimType().orElseThrow());
    }

    @Test
    void refusesNegativeOffsets() {
        String forged = Base64.getUrlEncoder().encodeToString(("v1:-5:" + query).getBytes());
        assertThrows(BadRequestException.class, () -> PageCursor.parse(forged, query));
    }
}
