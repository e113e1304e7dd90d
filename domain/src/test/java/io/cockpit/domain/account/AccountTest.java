package io.cockpit.domain.account;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AccountTest {

    private static final Instant PROVISIONED_AT = Instant.parse("2026-11-29T10:00:00Z");
    private final SecureRandom random = new SecureRandom();

    private final NewAccount request = new NewAccount(new PartnerId("acme"), new ExternalId("crm-1"),
            new EmailAddress("Jana@Example.com"), new PersonName("Jana Schmidt"), ContractStatus.ACTIVE);

    private Account provisioned() {
        return Account.provision(request, UserId.generate(PROVISIONED_AT, random), new TrackingId("amber-falcon"),
                StatisticsId.random(random), PROVISIONED_AT);
    }

    @Test
    void aRepeatedRequestMatchesRegardlessOfEmailCase() {
        NewAccount again = new NewAccount(request.partnerId(), request.externalId(),
                new EmailAddress("jana@example.com"), request.name(), request.contractStatus());

        assertThat(provisioned().matches(again)).isTrue();
    }

    @Test
    void aRequestWithOtherDataDoesNotMatch() {
        NewAccount otherName = new NewAccount(request.partnerId(), request.externalId(), request.email(),
                new PersonName("Jana Müller"), request.contractStatus());
        NewAccount otherStatus = new NewAccount(request.partnerId(), request.externalId(), request.email(),
                request.name(), ContractStatus.PAYMENT_OVERDUE);

        assertThat(provisioned().matches(otherName)).isFalse();
        assertThat(provisioned().matches(otherStatus)).isFalse();
    }

    @Test
    void changesStampTheTimeAndNoOpChangesReturnTheSameAccount() {
        Account account = provisioned();
        Instant later = PROVISIONED_AT.plusSeconds(60);

        assertThat(account.changeName(account.name(), later)).isSameAs(account);
        assertThat(account.changeContract(ContractStatus.ACTIVE, later)).isSameAs(account);

        Account renamed = account.changeName(new PersonName("Jana Müller"), later);
        assertThat(renamed.name().value()).isEqualTo("Jana Müller");
        assertThat(renamed.updatedAt()).isEqualTo(later);
        assertThat(renamed.version()).isEqualTo(account.version());
        assertThat(renamed.changeContract(ContractStatus.CANCELLED, later).contract().isArchived()).isTrue();
    }
}
