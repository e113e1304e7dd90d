package io.cockpit.domain.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The curated word list Tracking-IDs are drawn from (see tracking-words.txt for its source and licence).
 * Two distinct words per ID.
 */
public final class TrackingWords {

    public static final int MINIMUM_SIZE = 2000;
    private static final String RESOURCE = "tracking-words.txt";

    private final List<String> words;

    public TrackingWords(List<String> words) {
        this.words = List.copyOf(words);
        if (this.words.size() < MINIMUM_SIZE) {
            throw new IllegalArgumentException("a Tracking-ID word list needs at least " + MINIMUM_SIZE + " words");
        }
        if (new HashSet<>(this.words).size() != this.words.size()) {
            throw new IllegalArgumentException("the Tracking-ID word list has duplicates");
        }
        this.words.forEach(word -> new TrackingId(word + "-" + word));
    }

    /** The bundled, curated list. */
    public static TrackingWords bundled() {
        try (InputStream in = Objects.requireNonNull(TrackingWords.class.getResourceAsStream(RESOURCE), RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new TrackingWords(reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TrackingId draw(RandomGenerator random) {
        int first = random.nextInt(words.size());
        int second = random.nextInt(words.size() - 1);
        if (second >= first) {
            second++;
        }
        return new TrackingId(words.get(first) + "-" + words.get(second));
    }

    public List<String> words() {
        return words;
    }

    /** How many distinct Tracking-IDs the list can make. */
    public long combinations() {
        return (long) words.size() * (words.size() - 1);
    }
}
