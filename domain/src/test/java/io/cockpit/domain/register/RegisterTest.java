package io.cockpit.domain.register;

import io.cockpit.domain.access.AccessPersonalData;
import io.cockpit.domain.account.AccountPersonalData;
import io.cockpit.domain.shared.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisterTest {

    private static PersonalDataCategory category(String id, String table) {
        return new PersonalDataCategory(id, new Localized("x", "x"), DataSubject.USER, List.of(Holding.table(table)),
                new Localized("Zweck", "purpose"), LegalBasis.CONTRACT, new Localized("Quelle", "source"), List.of(),
                new RetentionRule.WhileAccountExists(), DeletionMethod.DELETE, Set.of());
    }

    @Test
    void aCategoryIsDeclaredOnceAndATableBelongsToOneCategory() {
        assertThatThrownBy(() -> Register.of(List.of(category("aa", "t1"), category("aa", "t2"))))
                .hasMessageContaining("declares aa twice");
        assertThatThrownBy(() -> Register.of(List.of(category("aa", "t1"), category("bb", "t1"))))
                .hasMessageContaining("table t1 is declared by aa and bb");
    }

    @Test
    void findsTheCategoryOfATableAndOfACacheKey() {
        List<PersonalDataCategory> all = new ArrayList<>(AccountPersonalData.categories());
        all.addAll(AccessPersonalData.categories());
        Register register = Register.of(all);

        assertThat(register.declaringTable("session")).contains(AccessPersonalData.SESSIONS);
        assertThat(register.declaringTable("no_such_table")).isEmpty();
        assertThat(register.declaringCacheKey("cockpit:session:ab12")).contains(AccessPersonalData.SESSIONS);
        assertThat(register.declaringCacheKey("cockpit:session-list:ab12")).contains(AccessPersonalData.SESSIONS);
        assertThat(register.declaringCacheKey("cockpit:idem:partner:x")).contains(AccountPersonalData.IDEMPOTENCY_RECORDS);
        assertThat(register.declaringCacheKey("cockpit:unknown:x")).isEmpty();
        assertThat(register.userCategories()).contains(AccountPersonalData.ACCOUNT)
                .doesNotContain(AccessPersonalData.API_KEYS);
    }

    @Test
    void aCacheKeyPatternIsLiteralExceptForTheStar() {
        Holding holding = Holding.cacheKeys("cockpit:a.b:*");
        assertThat(holding.matchesKey("cockpit:a.b:123")).isTrue();
        assertThat(holding.matchesKey("cockpit:aXb:123")).isFalse();
        assertThat(Holding.table("cockpit:a.b:*").matchesKey("cockpit:a.b:123")).isFalse();
    }

    @Test
    void aRetentionPeriodCountsInCalendarTimeOrExactTime() {
        Instant now = Instant.parse("2026-03-31T10:00:00Z");
        assertThat(new RetentionRule.AfterEvent(Period.ofMonths(1), RetentionEvent.PROCESS_ENDED).cutoff(now))
                .isEqualTo(Instant.parse("2026-02-28T10:00:00Z"));
        assertThat(new RetentionRule.AfterEvent(Duration.ofHours(24), RetentionEvent.CREATED).cutoff(now))
                .isEqualTo(Instant.parse("2026-03-30T10:00:00Z"));
        assertThatThrownBy(() -> new RetentionRule.AfterEvent(Period.ofDays(-1), RetentionEvent.CREATED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retentionRulesReadInBothLanguages() {
        RetentionRule thirtyDays = new RetentionRule.AfterEvent(Period.ofDays(30), RetentionEvent.CONTRACT_CANCELLED);
        assertThat(thirtyDays.describe(Language.EN)).isEqualTo("30 days after the cancellation of the contract");
        assertThat(thirtyDays.describe(Language.DE)).isEqualTo("30 Tage ab der Kündigung des Vertrags");
        assertThat(new RetentionRule.AfterEvent(Period.ofMonths(6), RetentionEvent.PROCESS_ENDED).describe(Language.EN))
                .isEqualTo("6 months after the end of the process");
        assertThat(new RetentionRule.AfterEvent(Duration.ofHours(24), RetentionEvent.CREATED).describe(Language.DE))
                .isEqualTo("24 Stunden ab der Erstellung");
        assertThat(new RetentionRule.AfterEvent(Period.ZERO, RetentionEvent.EXPIRED).describe(Language.EN))
                .isEqualTo("until expiry");
    }

    @Test
    void aCategoryNeedsAPlaceAndASnakeCaseId() {
        assertThatThrownBy(() -> category("Bad-Id", "t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonalDataCategory("aa", new Localized("x", "x"), DataSubject.USER, List.of(),
                new Localized("p", "p"), LegalBasis.CONTRACT, new Localized("s", "s"), List.of(),
                new RetentionRule.Permanent(), DeletionMethod.DELETE, Set.of()))
                .hasMessageContaining("kept somewhere");
        assertThatThrownBy(() -> new Localized("", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
