package io.cockpit.domain.account;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrackingWordsTest {

    private static final Path DENYLIST = Path.of("../tools/tracking-words/denylist.txt");

    @Test
    void theBundledListIsLargeLowerCaseAndFreeOfDuplicates() {
        TrackingWords words = TrackingWords.bundled();

        assertThat(words.words()).hasSizeGreaterThanOrEqualTo(TrackingWords.MINIMUM_SIZE);
        assertThat(words.words()).allMatch(word -> word.matches("[a-z]{3,9}"));
        assertThat(new HashSet<>(words.words())).hasSameSizeAs(words.words());
    }

    @Test
    void theBundledListHoldsNoDenylistedWord() throws IOException {
        Set<String> denied = Files.readAllLines(DENYLIST).stream()
                .filter(line -> !line.startsWith("#"))
                .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.toSet());

        assertThat(denied).contains("murder", "slave");
        assertThat(TrackingWords.bundled().words()).doesNotContainAnyElementsOf(denied);
    }

    @Test
    void drawsTwoDistinctWordsFromTheList() {
        TrackingWords words = TrackingWords.bundled();
        Random random = new Random(7);

        for (int i = 0; i < 10_000; i++) {
            String[] parts = words.draw(random).value().split("-");
            assertThat(parts[0]).isNotEqualTo(parts[1]);
            assertThat(words.words()).contains(parts[0], parts[1]);
        }
    }

    @Test
    void aListOfTwoWordsStillNeverPairsAWordWithItself() {
        List<String> many = IntStream.range(0, 2000).mapToObj(TrackingWordsTest::word).toList();
        TrackingWords words = new TrackingWords(many);

        assertThat(words.combinations()).isEqualTo(2000L * 1999L);
    }

    @Test
    void refusesTooSmallOrDuplicatedLists() {
        assertThatThrownBy(() -> new TrackingWords(List.of("amber", "falcon"))).isInstanceOf(IllegalArgumentException.class);
        List<String> duplicated = IntStream.range(0, 2001).mapToObj(i -> word(i % 2000)).toList();
        assertThatThrownBy(() -> new TrackingWords(duplicated)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String word(int n) {
        StringBuilder letters = new StringBuilder("w");
        for (int rest = n; letters.length() < 4 || rest > 0; rest /= 26) {
            letters.append((char) ('a' + rest % 26));
        }
        return letters.toString();
    }
}
