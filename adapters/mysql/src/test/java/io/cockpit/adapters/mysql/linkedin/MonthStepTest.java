package io.cockpit.adapters.mysql.linkedin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How many months the next step of a message search asks the FULLTEXT index for. */
class MonthStepTest {

    @Test
    void doublesEveryOtherStep() {
        assertThat(java.util.stream.IntStream.rangeClosed(1, 6).map(step -> JdbiLinkedInSearch.months(step,
                step < 2 ? 1 : 1 << ((step - 1) / 2), 0)).toArray()).containsExactly(1, 2, 2, 4, 4, 8);
    }

    @Test
    void growsFourfoldAfterTwoStepsWithoutAMatchAndKeepsItsSizeAfterAMatch() {
        assertThat(JdbiLinkedInSearch.months(2, 1, 2)).isEqualTo(4);
        assertThat(JdbiLinkedInSearch.months(3, 4, 3)).isEqualTo(16);
        assertThat(JdbiLinkedInSearch.months(4, 16, 0)).as("a match: no smaller than before").isEqualTo(16);
        assertThat(JdbiLinkedInSearch.months(5, 16, 5)).isEqualTo(JdbiLinkedInSearch.MONTHS);
        assertThat(JdbiLinkedInSearch.months(2, 1, 1)).as("one step without a match is no sign yet").isEqualTo(2);
    }
}
