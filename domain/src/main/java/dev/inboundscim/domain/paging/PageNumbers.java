package dev.inboundscim.domain.paging;

import dev.inboundscim.domain.error.BadRequestException;

/** Auth0's {@code page}/{@code per_page} paging of Management API lists: the same bounds on every list. */
public final class PageNumbers {

    public static final int MAX_PER_PAGE = 100;

    private PageNumbers() {
    }

    /** Refuses a negative {@code page} or a {@code perPage} outside 1–100; null is the list's default. */
    public static void check(Integer page, Integer perPage) {
        if (page != null && page < 0 || perPage != null && (perPage < 1 || perPage > MAX_PER_PAGE)) {
            throw BadRequestException.invalidValue("page must be 0 or more and per_page from 1 to " + MAX_PER_PAGE);
        }
    }
}
