package se.samordna.web;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: the items and where they stand in the whole. The total is counted only where a count is
 * needed: a page that is not full knows it without one, and a client that asks with {@code total=false} gets
 * {@code hasNext} alone, which needs no count at all.
 */
public record Page<T>(
        @Schema(maxItems = PageParams.MAX_SIZE) List<T> items,
        @Schema(examples = "0") int page,
        @Schema(examples = "20") int size,
        @Schema(nullable = true, examples = "123", description = "Items of the whole list; null when asked with total=false") Long totalItems,
        @Schema(nullable = true, examples = "7", description = "Pages of the whole list; null when asked with total=false") Integer totalPages,
        @Schema(examples = "true", description = "Whether a page follows this one") boolean hasNext) {

    public static <T> Page<T> of(List<T> items, int page, int size, long totalItems) {
        int totalPages = (int) ((totalItems + size - 1) / size);
        return new Page<>(items, page, size, totalItems, totalPages, (long) (page + 1) * size < totalItems);
    }

    /**
     * The page of {@code rows}, which holds the page's items plus, when one follows, the first item of the next
     * page (read {@code size + 1} rows from the page's first); {@code count} counts the whole list and is called
     * only when {@code total} is asked for and the rows do not tell it (a full page, or none beyond the first).
     */
    public static <T> Page<T> of(List<T> rows, int page, int size, boolean total, LongSupplier count) {
        boolean hasNext = rows.size() > size;
        List<T> items = hasNext ? rows.subList(0, size) : rows;
        if (!total) {
            return new Page<>(items, page, size, null, null, hasNext);
        }
        long first = (long) page * size;
        return of(items, page, size, hasNext || (items.isEmpty() && page > 0) ? count.getAsLong() : first + items.size());
    }

    /** The page of a Panache query: one statement for the page, and its count only where {@link #of} needs it. */
    public static <T> Page<T> of(PanacheQuery<T> query, int page, int size, boolean total) {
        return of(query.range(first(page, size), last(page, size)).list(), page, size, total, query::count);
    }

    /** The page of a Panache query that {@code paging} asks for. */
    public static <T> Page<T> of(PanacheQuery<T> query, Paging paging) {
        return of(query, paging.pageNumber(), paging.pageSize(), paging.total());
    }

    /** The index of a page's first row. */
    public static int first(int page, int size) {
        return page * size;
    }

    /** The index of the row after a page's last (the first of the next page), within int. */
    public static int last(int page, int size) {
        return (int) Math.min((long) page * size + size, Integer.MAX_VALUE);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages, hasNext);
    }
}
