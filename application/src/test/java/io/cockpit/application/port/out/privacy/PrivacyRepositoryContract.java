package io.cockpit.application.port.out.privacy;

import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.PrivacySwitches;
import io.cockpit.domain.shared.Versioned;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public abstract class PrivacyRepositoryContract implements PersonalDataStoreCases {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    protected abstract PrivacyRepository privacy();

    @Test
    void savesVersionByVersionForOneUserOnly() {
        UserId user = AccountMother.anAccount().build().userId();
        PrivacySwitches allOn = new PrivacySwitches(true, true, true, true, true);

        assertThat(privacy().find(user)).isEmpty();
        assertThat(privacy().save(user, allOn, 0, NOW)).isEqualTo(1);
        assertThat(privacy().save(user, new PrivacySwitches(false, false, true, false, true), 1, NOW)).isEqualTo(2);

        assertThat(privacy().find(user)).contains(new Versioned<>(new PrivacySwitches(false, false, true, false, true),
                2));
        assertThat(privacy().find(AccountMother.anAccount().build().userId())).isEmpty();
        assertThatThrownBy(() -> privacy().save(user, allOn, 1, NOW)).isInstanceOf(StaleWriteException.class);
        assertThatThrownBy(() -> privacy().save(user, allOn, 0, NOW)).isInstanceOf(StaleWriteException.class);
    }

    @Test
    void eachSwitchIsKeptOnItsOwn() {
        UserId user = AccountMother.anAccount().build().userId();
        long version = 0;
        for (int off = 0; off < 5; off++) {
            PrivacySwitches oneOff = new PrivacySwitches(off != 0, off != 1, off != 2, off != 3, off != 4);
            version = privacy().save(user, oneOff, version, NOW);
            assertThat(privacy().find(user)).contains(new Versioned<>(oneOff, version));
        }
    }

    @Override
    public PersonalDataStore personalData() {
        return privacy();
    }

    @Override
    public int giveData(UserId user) {
        privacy().save(user, new PrivacySwitches(false, true, true, false, true), 0, NOW);
        return 1;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return privacy().find(user).isPresent();
    }

    @Override
    public List<String> exportedFields() {
        return List.of("errorReporting", "statistics", "analyticsIdentification", "productAnalytics",
                "recommendations", "updatedAt");
    }

    @Test
    void theExportShowsEachSwitchAndWhenTheyWereSaved() {
        UserId user = AccountMother.anAccount().build().userId();
        giveData(user);

        List<ExportedItem> items = new ArrayList<>();
        privacy().export(user, items::add);

        assertThat(items).singleElement().extracting(ExportedItem::fields).isEqualTo(java.util.Map.of(
                "errorReporting", false, "statistics", true, "analyticsIdentification", true,
                "productAnalytics", false, "recommendations", true, "updatedAt", NOW));
    }
}
