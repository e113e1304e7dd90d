package io.cockpit.application.paging;

import java.util.function.Consumer;
import java.util.function.Function;

/** Walks a keyset-paged list to its end one page at a time: what an export streams without holding the whole list. */
public final class Pages {

    /** The page size an export reads with. */
    public static final int EXPORT_PAGE = PageRequest.MAX_LIMIT;

    private Pages() {
    }

    /** Hands every item of every page to {@code each}, reading pages of {@code size} with {@code read}. */
    public static <T> void forEach(int size, Function<PageRequest, Page<T>> read, Consumer<? super T> each) {
        PageRequest request = PageRequest.first(size);
        while (true) {
            Page<T> page = read.apply(request);
            page.items().forEach(each);
            if (page.next().isEmpty()) {
                return;
            }
            request = new PageRequest(size, page.next());
        }
    }
}
