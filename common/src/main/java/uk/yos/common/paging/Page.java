package uk.yos.common.paging;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One page of a list: {@code {items, page, size, totalItems}}. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    /**
     * The page the request asks for. The total is counted in the database only when the page cannot tell it: a
     * page with fewer items than its size is the last one, so the total is the items before it plus its own (most
     * lists filtered by a case, a child or a victim never need the count query).
     */
    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(request.page(), request.size()))
                .list().stream().map(mapper).toList();
        long total = totalShownBy(request, items.size()).orElseGet(query::count);
        return new Page<>(items, request.page(), request.size(), total);
    }

    /**
     * The total when this page shows it: a page short of its size ends the list, unless it is empty past the first
     * page (then the list may end on any earlier page).
     */
    static OptionalLong totalShownBy(PageRequest request, int itemsOnPage) {
        boolean lastPage = itemsOnPage < request.size() && (itemsOnPage > 0 || request.page() == 0);
        return lastPage ? OptionalLong.of((long) request.page() * request.size() + itemsOnPage) : OptionalLong.empty();
    }

    /** The page a search with nothing to show answers, at the page and size asked for. */
    public static <T> Page<T> empty(PageRequest request) {
        return new Page<>(List.of(), request.page(), request.size(), 0);
    }
}
