package io.cockpit.domain.privacy;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PrivacySwitchesTest {

    @Test
    void whatRestsOnLegitimateInterestStartsOnAndConsentsStartOff() {
        assertThat(PrivacySwitches.DEFAULT).isEqualTo(new PrivacySwitches(true, false, false, true, true));
    }

    @Test
    void eachFlippedSwitchIsOneGrantOrWithdrawal() {
        assertThat(PrivacySwitches.DEFAULT.changesTo(new PrivacySwitches(false, true, false, true, true)))
                .containsExactly(
                        Map.entry(ConsentPurpose.ERROR_REPORTING, ConsentDecision.WITHDRAWN),
                        Map.entry(ConsentPurpose.STATISTICS, ConsentDecision.GRANTED));
        assertThat(PrivacySwitches.DEFAULT.changesTo(PrivacySwitches.DEFAULT)).isEmpty();
    }

    @Test
    void anObjectionIsAWithdrawalOfItsPurposeAndLiftingItAGrant() {
        PrivacySwitches objected = new PrivacySwitches(true, false, false, false, false);

        assertThat(PrivacySwitches.DEFAULT.changesTo(objected)).containsExactly(
                Map.entry(ConsentPurpose.PRODUCT_ANALYTICS, ConsentDecision.WITHDRAWN),
                Map.entry(ConsentPurpose.RECOMMENDATIONS, ConsentDecision.WITHDRAWN));
        assertThat(objected.changesTo(PrivacySwitches.DEFAULT)).containsExactly(
                Map.entry(ConsentPurpose.PRODUCT_ANALYTICS, ConsentDecision.GRANTED),
                Map.entry(ConsentPurpose.RECOMMENDATIONS, ConsentDecision.GRANTED));
    }

    @Test
    void aChangeWithoutTheObjectionSwitchesKeepsTheirStoredValues() {
        PrivacySwitches objected = new PrivacySwitches(true, false, false, false, true);
        PrivacySwitchesChange olderClient = new PrivacySwitchesChange(false, true, true, Optional.empty(),
                Optional.empty());

        assertThat(olderClient.applyTo(objected)).isEqualTo(new PrivacySwitches(false, true, true, false, true));
        assertThat(new PrivacySwitchesChange(true, false, false, Optional.of(true), Optional.empty()).applyTo(objected))
                .isEqualTo(PrivacySwitches.DEFAULT);
        assertThat(PrivacySwitchesChange.to(objected).applyTo(PrivacySwitches.DEFAULT)).isEqualTo(objected);
    }
}
