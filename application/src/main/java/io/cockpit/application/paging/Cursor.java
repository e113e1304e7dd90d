package io.cockpit.application.paging;

import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a page ended, for keyset paging: the last item's sort position (a time, a name, a number) and its id. Clients
 * get it as an opaque URL-safe string (the HTTP layer's {@code Paging}) and must not build one themselves.
 */
public record Cursor(String position, String id) {

    public Cursor {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(id, "id");
        if (id.isEmpty() || id.indexOf('.') >= 0) {
            throw new IllegalArgumentException("a cursor id is non-empty and has no dot");
        }
    }

    public static Cursor at(Instant time, String id) {
        return new Cursor(Long.toString(time.toEpochMilli()), id);
    }

    /** The position as the time it was made from by {@link #at}. */
    public Instant time() {
        try {
            return Instant.ofEpochMilli(Long.parseLong(position));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    /** The cursor as bytes, for the form that goes out (the HTTP layer adds the check of its list). */
    public byte[] bytes() {
        return (position + "." + id).getBytes(StandardCharsets.UTF_8);
    }

    /** @throws DomainException {@code request.invalid_cursor} (400) for anything {@link #bytes} did not give */
    public static Cursor fromBytes(byte[] bytes) {
        String plain = new String(bytes, StandardCharsets.UTF_8);
        int dot = plain.lastIndexOf('.');
        if (dot < 0 || dot == plain.length() - 1) {
            throw invalid();
        }
        try {
            return new Cursor(plain.substring(0, dot), plain.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** {@code request.invalid_cursor}: the cursor is not one this server handed out for this list. */
    public static DomainException invalid() {
        return new DomainException(ErrorCode.REQUEST_INVALID_CURSOR,
                "The cursor is not one this server handed out for this list.");
    }
}
