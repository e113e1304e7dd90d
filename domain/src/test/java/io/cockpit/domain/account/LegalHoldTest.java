package io.cockpit.domain.account;

import io.cockpit.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LegalHoldTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final UserId USER = UserId.generate(NOW, new Random(7));

    @ParameterizedTest
    @ValueSource(strings = {"claim\u0000\u0007x", "court case\nline two", "tab\tbed", "del\u007f", "c1\u0085",
            "line\u2028separator", "para\u2029graph", "bom\ufeff", "right\u202eto left", "isolate\u2066x\u2069"})
    void aReasonWithControlCharactersIsRefusedAsAnApplicationsHoldReasonIs(String reason) {
        assertThatThrownBy(() -> new LegalHold(USER, reason, NOW)).isInstanceOfSatisfying(InvalidValueException.class,
                refused -> assertThat(refused.rule()).isEqualTo("reason.control_characters"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'  Court case 12 O 345/26 '|Court case 12 O 345/26", "Stra\u0073\u0301e|Straśe"})
    void aReasonIsTrimmedAndNormalised(String given, String kept) {
        assertThat(new LegalHold(USER, given, NOW).reason()).isEqualTo(kept);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 501})
    void aReasonIsOneTo500Characters(int length) {
        assertThatThrownBy(() -> new LegalHold(USER, "x".repeat(length), NOW))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        refused -> assertThat(refused.rule()).isEqualTo("reason.length"));
    }
}
