package io.cockpit.domain.linkedin.search;

import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a result sits in the order of search results: highest {@link SearchScore} first, then newest first, then by
 * type, then by id descending. Items without a time (a contact never written with) sit at the epoch, last among
 * those of their score.
 */
public record SearchPosition(int score, Instant at, SearchType type, ItemId id)
        implements Comparable<SearchPosition> {

    public SearchPosition {
        if (score < 0) {
            throw new IllegalArgumentException("a score is not negative");
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public int compareTo(SearchPosition other) {
        int byScore = Integer.compare(other.score, score);
        if (byScore != 0) {
            return byScore;
        }
        int byTime = other.at.compareTo(at);
        if (byTime != 0) {
            return byTime;
        }
        int byType = type.compareTo(other.type);
        return byType != 0 ? byType : other.id.value().compareTo(id.value());
    }
}
