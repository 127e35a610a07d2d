package dev.inboundscim.domain.scim.paging;

import java.util.List;

/** One page of a larger result: the items and how many matched in all. */
public record Page<T>(List<T> items, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
