package io.cockpit.domain.linkedin;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Folded text stays within the length of the columns that keep it, however much folding lengthens it. */
class TextFoldTest {

    @Test
    void foldsAccentsCaseAndSpaces() {
        assertThat(TextFold.fold("  Jürgen   MÜLLER ")).isEqualTo("jurgen muller");
        assertThat(TextFold.fold("Straße")).isEqualTo("strasse");
    }

    @Test
    void aTextThatFoldingLengthensIsCutToTheLimit() {
        assertThat(TextFold.fold("ß".repeat(200))).hasSize(400);
        assertThat(TextFold.fold("ß".repeat(200), 200)).isEqualTo("s".repeat(200));
        assertThat(TextFold.fold("\uFDFA".repeat(30), 200)).hasSize(200);
        assertThat(TextFold.fold("Müller", 200)).isEqualTo("muller");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00";

        assertThat(TextFold.cut("a" + emoji, 2)).isEqualTo("a");
        assertThat(TextFold.cut("a" + emoji, 3)).isEqualTo("a" + emoji);
        assertThat(TextFold.cut(emoji.repeat(3), 5)).isEqualTo(emoji.repeat(2));
    }

    @Test
    void theNameOrderOfTheLongestFoldingNamesFitsItsColumn() {
        ProfileCard card = new ProfileCard("ß".repeat(ProfileCard.MAX_NAME), "ß".repeat(ProfileCard.MAX_NAME),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(card.nameSort()).as("cut after the first name's 400 letters, and the space there stripped")
                .isEqualTo("s".repeat(2 * ProfileCard.MAX_NAME));
    }
}
