package io.cockpit.application.paging;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PagesTest {

    private static final List<Integer> ITEMS = IntStream.range(0, 7).boxed().toList();

    /** Pages of a list by position, as a keyset store pages by its cursor. */
    private static Page<Integer> page(List<Integer> all, PageRequest request, List<PageRequest> asked) {
        asked.add(request);
        int start = request.after().map(cursor -> Integer.parseInt(cursor.id()) + 1).orElse(0);
        List<Integer> fetched = all.subList(Math.min(start, all.size()),
                Math.min(all.size(), start + request.limit() + 1));
        return Page.of(fetched, request.limit(), item -> new Cursor("p", Integer.toString(item)));
    }

    @Test
    void walksEveryPageInOrderUntilTheLast() {
        List<PageRequest> asked = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();

        Pages.forEach(2, request -> page(ITEMS, request, asked), seen::add);

        assertThat(seen).containsExactlyElementsOf(ITEMS);
        assertThat(asked).hasSize(4).allSatisfy(request -> assertThat(request.limit()).isEqualTo(2));
        assertThat(asked.getFirst().after()).isEmpty();
    }

    @Test
    void anEmptyListIsOnePageOfNothing() {
        List<PageRequest> asked = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();

        Pages.forEach(2, request -> page(List.of(), request, asked), seen::add);

        assertThat(seen).isEmpty();
        assertThat(asked).hasSize(1);
    }
}
