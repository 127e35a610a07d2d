package dev.inboundscim.domain.scim.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.scim.paging.PagePosition.SortValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keyset cursors (issue 20): a position that reads back as written, bound to its query, refused when edited. */
class KeysetCursorTest {

    private static final int QUERY = 42;

    @Test
    void everyKindOfPositionReadsBackAsWritten() {
        for (PagePosition position : List.of(new PagePosition(7, null), new PagePosition(8, new SortValue.Missing()),
                new PagePosition(9, new SortValue.Text("zoë:ann/ü")), new PagePosition(10,
                        new SortValue.Number(new BigDecimal("-12.50"))))) {
            String text = new KeysetCursor(position, QUERY).encode();
            assertEquals(position, KeysetCursor.parse(text, QUERY).after());
        }
        assertNull(KeysetCursor.parse("", QUERY).after(), "an empty cursor starts at the beginning");
    }

    @Test
    void aCursorOfAnotherQueryOrEditedOrForeignIsInvalid() {
        String text = new KeysetCursor(new PagePosition(7, new SortValue.Text("bob")), QUERY).encode();
        String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(
                decoded.replace(":7:", ":8:").getBytes(StandardCharsets.UTF_8));
        String offsetCursor = new PageCursor(100, QUERY).encode();
        for (String bad : List.of(edited, text.substring(0, text.length() - 2), offsetCursor, "bogus", "%%%")) {
            BadRequestException refused = assertThrows(BadRequestException.class,
                    () -> KeysetCursor.parse(bad, QUERY), bad);
            assertEquals(ScimType.INVALID_CURSOR, refused.scimType().orElseThrow());
        }
        String huge = new KeysetCursor(new PagePosition(7, new SortValue.Number(new BigDecimal("1E+999999999"))),
                QUERY).encode();
        assertEquals(ScimType.INVALID_CURSOR, assertThrows(BadRequestException.class,
                () -> KeysetCursor.parse(huge, QUERY)).scimType().orElseThrow(), "a forged number no store compares");
        BadRequestException other = assertThrows(BadRequestException.class, () -> KeysetCursor.parse(text, 43));
        assertEquals(ScimType.INVALID_CURSOR, other.scimType().orElseThrow());
    }
}
