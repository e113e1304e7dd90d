package io.cockpit.domain.register;

import java.util.Objects;

/**
 * One place where a category's data is kept: a table of the relational store, a key pattern of the cache
 * ({@code cockpit:session:*}), a measurement of the statistics store, a file pattern, or a recipient service.
 */
public record Holding(StoreKind store, String name) {

    public Holding {
        Objects.requireNonNull(store);
        if (Objects.requireNonNull(name).isBlank()) {
            throw new IllegalArgumentException("a holding needs a name");
        }
    }

    public static Holding table(String name) {
        return new Holding(StoreKind.RELATIONAL, name);
    }

    public static Holding cacheKeys(String pattern) {
        return new Holding(StoreKind.CACHE, pattern);
    }

    /** Whether a cache key matches this holding's pattern ({@code *} stands for any text). */
    public boolean matchesKey(String key) {
        return store == StoreKind.CACHE && key.matches(java.util.regex.Pattern.quote(name).replace("*", "\\E.*\\Q"));
    }
}
