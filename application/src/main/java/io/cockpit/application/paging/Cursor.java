package io.cockpit.application.paging;

import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorKind;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Where a page ended, for keyset paging newest first: the last item's time and id. Clients get it as an opaque
 * URL-safe string and must not build one themselves.
 */
public record Cursor(Instant at, String id) {

    public Cursor {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(id, "id");
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((at.toEpochMilli() + "." + id).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws DomainException {@code request.invalid_cursor} (400) for anything this class did not write */
    public static Cursor decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int dot = plain.indexOf('.');
            if (dot <= 0 || dot == plain.length() - 1) {
                throw invalid();
            }
            return new Cursor(Instant.ofEpochMilli(Long.parseLong(plain.substring(0, dot))), plain.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static DomainException invalid() {
        return new DomainException(ErrorKind.BAD_REQUEST, "request.invalid_cursor",
                "The cursor is not one this server handed out.");
    }
}
