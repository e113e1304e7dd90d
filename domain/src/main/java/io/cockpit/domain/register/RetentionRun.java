package io.cockpit.domain.register;

import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One run of the retention job: when it ran, how many items of each category it deleted (or pseudonymised, where
 * that is the category's deletion method) and which categories failed (they are tried again at the next run). Holds
 * no personal data: category ids and counts only.
 *
 * @param deleted per category id, in the order the job went through them; 0 where nothing was due
 * @param failed  category ids whose deletion failed in this run
 */
public record RetentionRun(ItemId id, Instant startedAt, Instant finishedAt, Map<String, Integer> deleted,
                           List<String> failed) {

    private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z0-9_]{1,47}");

    public RetentionRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        if (finishedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("a run finishes after it started");
        }
        deleted = Collections.unmodifiableMap(new LinkedHashMap<>(deleted));
        failed = List.copyOf(failed);
        deleted.forEach((category, count) -> {
            if (!CATEGORY.matcher(category).matches() || count < 0) {
                throw new IllegalArgumentException("a run counts categories by id, never below 0: " + category);
            }
        });
        failed.forEach(category -> {
            if (!CATEGORY.matcher(category).matches()) {
                throw new IllegalArgumentException("a failed category is named by its id: " + category);
            }
        });
    }

    /** How many items the run deleted in all. */
    public int total() {
        return deleted.values().stream().mapToInt(Integer::intValue).sum();
    }
}
