package uk.yos.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

class PageTest {

    /** A query over {@code total} rows that counts how often it is asked for its count. */
    private static final class Rows {
        final AtomicInteger countQueries = new AtomicInteger();
        final PanacheQuery<Integer> query;

        @SuppressWarnings("unchecked")
        Rows(int total) {
            io.quarkus.panache.common.Page[] requested = new io.quarkus.panache.common.Page[1];
            query = (PanacheQuery<Integer>) Proxy.newProxyInstance(PanacheQuery.class.getClassLoader(),
                    new Class<?>[] {PanacheQuery.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "page" -> {
                            requested[0] = (io.quarkus.panache.common.Page) args[0];
                            yield proxy;
                        }
                        case "list" -> IntStream.range(requested[0].index * requested[0].size,
                                Math.min(total, (requested[0].index + 1) * requested[0].size)).boxed().toList();
                        case "count" -> {
                            countQueries.incrementAndGet();
                            yield (long) total;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    @Test
    void aPageShortOfItsSizeIsTheLastAndTellsTheTotalWithoutCounting() {
        Rows rows = new Rows(45);

        Page<Integer> page = Page.of(rows.query, new PageRequest(2, 20, null), i -> i);

        assertEquals(List.of(40, 41, 42, 43, 44), page.items());
        assertEquals(45, page.totalItems());
        assertEquals(0, rows.countQueries.get());
    }

    @Test
    void anEmptyListHasNoItemsAndIsNotCounted() {
        Rows rows = new Rows(0);

        assertEquals(0, Page.of(rows.query, new PageRequest(0, 20, null), i -> i).totalItems());
        assertEquals(0, rows.countQueries.get());
    }

    @Test
    void aFullPageIsCountedForTheTotal() {
        Rows rows = new Rows(45);

        assertEquals(45, Page.of(rows.query, new PageRequest(0, 20, null), i -> i).totalItems());
        assertEquals(1, rows.countQueries.get());
        // the list ends exactly on a full page: only the count can say there is no next one
        assertEquals(40, Page.of(new Rows(40).query, new PageRequest(1, 20, null), i -> i).totalItems());
    }

    @Test
    void anEmptyPagePastTheEndIsCountedForTheTotal() {
        Rows rows = new Rows(45);

        Page<Integer> page = Page.of(rows.query, new PageRequest(7, 20, null), i -> i);

        assertEquals(List.of(), page.items());
        assertEquals(45, page.totalItems());
        assertEquals(1, rows.countQueries.get());
    }
}
