package io.cockpit.domain.privacy;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PrivacySwitchesTest {

    @Test
    void errorReportingStartsOnAndConsentsStartOff() {
        assertThat(PrivacySwitches.DEFAULT).isEqualTo(new PrivacySwitches(true, false, false));
    }

    @Test
    void eachFlippedSwitchIsOneGrantOrWithdrawal() {
        assertThat(PrivacySwitches.DEFAULT.changesTo(new PrivacySwitches(false, true, false))).containsExactly(
                Map.entry(ConsentPurpose.ERROR_REPORTING, ConsentDecision.WITHDRAWN),
                Map.entry(ConsentPurpose.STATISTICS, ConsentDecision.GRANTED));
        assertThat(PrivacySwitches.DEFAULT.changesTo(PrivacySwitches.DEFAULT)).isEmpty();
    }
}
