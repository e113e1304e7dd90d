package io.cockpit.adapters.http.handler;

import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.PageRequest;

import java.util.Optional;

/** The {@code limit} and {@code cursor} query parameters as a page request (the contract checked their form). */
public final class Paging {

    private Paging() {
    }

    public static PageRequest request(Optional<Integer> limit, Optional<String> cursor) {
        return new PageRequest(limit.orElse(PageRequest.DEFAULT_LIMIT), cursor.map(Cursor::decode));
    }
}
