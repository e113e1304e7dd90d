package io.cockpit.domain.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessingPermissionsTest {

    private static final PrivacySwitches ALL_ON = new PrivacySwitches(true, true, true, true, true);
    private static final PrivacySwitches ALL_OFF = new PrivacySwitches(false, false, false, false, false);

    @Test
    void withoutRestrictionEachPermissionFollowsItsSwitch() {
        ProcessingPermissions on = new ProcessingPermissions(ALL_ON, false);
        ProcessingPermissions off = new ProcessingPermissions(ALL_OFF, false);

        assertThat(on.mayRecordStatistics()).isTrue();
        assertThat(on.maySendProductAnalytics()).isTrue();
        assertThat(on.mayIdentifyForAnalytics()).isTrue();
        assertThat(on.mayReportErrors()).isTrue();
        assertThat(on.mayRecommend()).isTrue();
        assertThat(off.mayRecordStatistics()).isFalse();
        assertThat(off.maySendProductAnalytics()).isFalse();
        assertThat(off.mayIdentifyForAnalytics()).isFalse();
        assertThat(off.mayReportErrors()).isFalse();
        assertThat(off.mayRecommend()).isFalse();
    }

    @Test
    void aRestrictionOverrulesEverySwitch() {
        ProcessingPermissions restricted = new ProcessingPermissions(ALL_ON, true);

        assertThat(restricted.mayRecordStatistics()).isFalse();
        assertThat(restricted.maySendProductAnalytics()).isFalse();
        assertThat(restricted.mayIdentifyForAnalytics()).isFalse();
        assertThat(restricted.mayReportErrors()).isFalse();
        assertThat(restricted.mayRecommend()).isFalse();
    }

    @Test
    void identificationNeedsAnalyticsThatMayBeSent() {
        PrivacySwitches objectedToAnalytics = new PrivacySwitches(true, true, true, false, true);

        assertThat(new ProcessingPermissions(objectedToAnalytics, false).mayIdentifyForAnalytics()).isFalse();
        assertThat(new ProcessingPermissions(objectedToAnalytics, false).mayRecordStatistics()).isTrue();
    }

    @Test
    void eachSwitchGovernsOnlyItsOwnPermission() {
        assertThat(new ProcessingPermissions(new PrivacySwitches(false, true, false, false, false), false))
                .returns(true, ProcessingPermissions::mayRecordStatistics)
                .returns(false, ProcessingPermissions::mayReportErrors)
                .returns(false, ProcessingPermissions::mayRecommend);
        assertThat(new ProcessingPermissions(new PrivacySwitches(false, false, false, false, true), false))
                .returns(true, ProcessingPermissions::mayRecommend)
                .returns(false, ProcessingPermissions::maySendProductAnalytics);
    }
}
