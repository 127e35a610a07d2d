package dev.inboundscim.domain.scim.paging;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Where a keyset page ends (issue 20): the creation sequence of its last item and, for a sorted listing, that item's
 * sort value. The next page is "what comes after this in the listing's order", which a store finds through its
 * index instead of counting past every earlier row, so a deep page costs what the first one does.
 *
 * @param seq   the last item's creation sequence, which orders items with equal sort values (and unsorted lists)
 * @param value the last item's sort value, or null when the listing is in creation order
 */
public record PagePosition(long seq, SortValue value) {

    /** The sort value of an item: missing, a text (code point order) or a number. */
    public sealed interface SortValue {
        /** The item has no value: it sorts first ascending, last descending. */
        record Missing() implements SortValue {
        }

        record Text(String text) implements SortValue {
            public Text {
                Objects.requireNonNull(text, "text");
            }
        }

        record Number(BigDecimal number) implements SortValue {
            public Number {
                Objects.requireNonNull(number, "number");
            }
        }
    }

    /** A page of a keyset listing and where the next one starts (null: this is the last). */
    public record Page<T>(List<T> items, long total, PagePosition next) {
        public Page {
            items = List.copyOf(items);
        }
    }
}
