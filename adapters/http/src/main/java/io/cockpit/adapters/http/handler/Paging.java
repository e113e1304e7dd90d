package io.cockpit.adapters.http.handler;

import io.cockpit.adapters.http.pipeline.Caller;
import io.cockpit.adapters.http.pipeline.RequestInfo;
import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.helidon.common.uri.UriQuery;
import io.helidon.webserver.http.ServerRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code limit} and {@code cursor} query parameters as a page request (the contract checked their form), and
 * the cursors that go out. A cursor carries a check of the list it continues: the path (with its ids), the caller,
 * and the query's other parameters (sort, filters, search text); one used with another list, or altered, is refused
 * 400 {@code request.invalid_cursor} instead of answering some page of another order. {@code limit} may change between
 * pages, and {@code direction} too (a conversation's messages: the previous cursor is for the other direction). The
 * check is no secret: it catches mistakes, and a caller who forges one reads their own data anyway.
 */
public final class Paging {

    private static final int CHECK_BYTES = 8;
    /** Parameters a cursor may meet with other values than on the page that handed it out. */
    private static final Set<String> FREE = Set.of("cursor", "limit", "direction");

    private Paging() {
    }

    public static PageRequest request(ServerRequest request, Optional<Integer> limit, Optional<String> cursor) {
        return new PageRequest(limit.orElse(PageRequest.DEFAULT_LIMIT), cursor.map(text -> opened(request, text)));
    }

    /** The next page's cursor, or null on the last page. */
    public static String next(ServerRequest request, Page<?> page) {
        return page.next().map(cursor -> sealed(request, cursor)).orElse(null);
    }

    /** {@code cursor} as it goes out to continue the list {@code request} asked for. */
    public static String sealed(ServerRequest request, Cursor cursor) {
        byte[] plain = cursor.bytes();
        byte[] sealed = Arrays.copyOf(check(request, plain), CHECK_BYTES + plain.length);
        System.arraycopy(plain, 0, sealed, CHECK_BYTES, plain.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
    }

    private static Cursor opened(ServerRequest request, String text) {
        byte[] sealed;
        try {
            sealed = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            throw Cursor.invalid();
        }
        if (sealed.length <= CHECK_BYTES) {
            throw Cursor.invalid();
        }
        byte[] plain = Arrays.copyOfRange(sealed, CHECK_BYTES, sealed.length);
        if (!MessageDigest.isEqual(Arrays.copyOf(sealed, CHECK_BYTES), check(request, plain))) {
            throw Cursor.invalid();
        }
        return Cursor.fromBytes(plain);
    }

    private static byte[] check(ServerRequest request, byte[] plain) {
        StringBuilder list = new StringBuilder(request.path().rawPath()).append('\n').append(caller(request));
        UriQuery query = request.query();
        for (String name : new TreeSet<>(query.names())) {
            if (!FREE.contains(name)) {
                list.append('\n').append(name).append('=').append(String.join("\u0000", query.all(name)));
            }
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(list.toString().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return Arrays.copyOf(sha256.digest(plain), CHECK_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String caller(ServerRequest request) {
        return RequestInfo.of(request).flatMap(RequestInfo::caller).map(caller -> switch (caller) {
            case Caller.User user -> "user " + user.userId().value();
            case Caller.Partner partner -> "partner " + partner.partnerId();
            case Caller.Operator operator -> "operator " + operator.keyName();
            case Caller.Bearer bearer -> "bearer";
        }).orElse("anonymous");
    }
}
