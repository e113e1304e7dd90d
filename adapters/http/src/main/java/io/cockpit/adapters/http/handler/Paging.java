package io.cockpit.adapters.http.handler;

import io.cockpit.adapters.http.contract.ApiOperation;
import io.cockpit.adapters.http.contract.ApiParameter;
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
import java.util.Comparator;
import java.util.Base64;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code limit} and {@code cursor} query parameters as a page request (the contract checked their form), and
 * the cursors that go out. A cursor carries a check of the list it continues: the operation with its path ids, the
 * caller, and the operation's other query parameters (sort, filters, search text); one used with another list, or
 * altered, is refused 400 {@code request.invalid_cursor} instead of answering some page of another order. {@code
 * limit} may change between pages. A conversation's previous cursor is for the other {@code direction}, and is
 * sealed for it ({@link #sealedFor}). The check is no secret: it catches mistakes, and a caller who forges one reads their own data
 * anyway.
 */
public final class Paging {

    private static final int CHECK_BYTES = 8;
    /** Parameters a cursor may meet with other values than on the page that handed it out. */
    private static final Set<String> FREE = Set.of("cursor", "limit");

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
        return sealed(list(request, Map.of()), cursor);
    }

    /** {@code cursor} for the list {@code request} asked for with {@code parameter} set to {@code value}. */
    public static String sealedFor(ServerRequest request, Cursor cursor, String parameter, String value) {
        return sealed(list(request, Map.of(parameter, value)), cursor);
    }

    private static String sealed(String list, Cursor cursor) {
        byte[] plain = cursor.bytes();
        byte[] sealed = Arrays.copyOf(check(list, plain), CHECK_BYTES + plain.length);
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
        if (!MessageDigest.isEqual(Arrays.copyOf(sealed, CHECK_BYTES), check(list(request, Map.of()), plain))) {
            throw Cursor.invalid();
        }
        return Cursor.fromBytes(plain);
    }

    private static byte[] check(String list, byte[] plain) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(list.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return Arrays.copyOf(sha256.digest(plain), CHECK_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * The list a request asks for, as the handler sees it: the operation, its path parameters, the caller, and the
     * query parameters the operation declares (the first value, as the handler takes it, or the declared default
     * when absent; in lower case, as ids and the search text are matched), never one it does not know (a client's
     * cache-buster such as {@code _=...}); {@code overrides} in place of what the request says.
     */
    private static String list(ServerRequest request, Map<String, String> overrides) {
        RequestInfo info = RequestInfo.require(request);
        ApiOperation.Match match = info.match().orElseThrow(
                () -> new IllegalStateException("a cursor outside a matched operation"));
        StringBuilder list = new StringBuilder(match.operation().operationId()).append('\n').append(caller(info));
        new TreeMap<>(match.pathParameters()).forEach((name, value) ->
                list.append('\n').append(name).append(':').append(value.toLowerCase(Locale.ROOT)));
        UriQuery query = request.query();
        match.operation().parameters().stream()
                .filter(parameter -> parameter.in() == ApiParameter.In.QUERY && !FREE.contains(parameter.name()))
                .sorted(Comparator.comparing(ApiParameter::name))
                .forEach(parameter -> list.append('\n').append(parameter.name()).append('=')
                        .append(Optional.ofNullable(overrides.get(parameter.name()))
                                .or(() -> query.first(parameter.name()).or(parameter::defaultValue))
                                .map(value -> value.toLowerCase(Locale.ROOT)).orElse("\u0000")));
        return list.toString();
    }

    private static String caller(RequestInfo info) {
        return info.caller().map(caller -> switch (caller) {
            case Caller.User user -> "user " + user.userId().value();
            case Caller.Partner partner -> "partner " + partner.partnerId();
            case Caller.Operator operator -> "operator " + operator.keyName();
            case Caller.Bearer bearer -> "bearer";
        }).orElse("anonymous");
    }
}
