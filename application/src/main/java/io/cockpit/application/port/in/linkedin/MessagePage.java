package io.cockpit.application.port.in.linkedin;

import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.domain.linkedin.Message;

import java.util.Objects;
import java.util.Optional;

/**
 * A page of messages and where to go on: {@code page.next()} continues in the direction asked for,
 * {@code previous} (at the page's first message) goes back the other way; empty on a page read from the start.
 */
public record MessagePage(Page<Message> page, Optional<Cursor> previous) {

    public MessagePage {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(previous, "previous");
    }
}
