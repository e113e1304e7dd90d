package io.cockpit.application.testing;

import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.Contract;
import io.cockpit.domain.account.ContractStatus;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.ExternalId;
import io.cockpit.domain.account.NewAccount;
import io.cockpit.domain.account.PartnerId;
import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.account.TrackingId;
import io.cockpit.domain.account.TrackingWords;
import io.cockpit.domain.account.UserId;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Accounts for tests: every one unique (reference, e-mail, identifiers), overridable where a test cares. */
public final class AccountMother {

    public static final Instant DEFAULT_TIME = Instant.parse("2026-11-29T10:15:30.123Z");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TrackingWords WORDS = TrackingWords.bundled();
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private PartnerId partnerId = new PartnerId("acme");
    private final long number = SEQUENCE.incrementAndGet();
    private ExternalId externalId = new ExternalId("crm-" + number);
    private EmailAddress email = new EmailAddress("user" + number + "@example.com");
    private PersonName name = new PersonName("Jana Schmidt " + number);
    private ContractStatus status = ContractStatus.ACTIVE;
    private Instant createdAt = DEFAULT_TIME;

    public static AccountMother anAccount() {
        return new AccountMother();
    }

    public AccountMother ofPartner(String partner) {
        this.partnerId = new PartnerId(partner);
        return this;
    }

    public AccountMother withExternalId(String value) {
        this.externalId = new ExternalId(value);
        return this;
    }

    public AccountMother withEmail(String value) {
        this.email = new EmailAddress(value);
        return this;
    }

    public AccountMother withName(String value) {
        this.name = new PersonName(value);
        return this;
    }

    public AccountMother withStatus(ContractStatus value) {
        this.status = value;
        return this;
    }

    public AccountMother createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    public NewAccount request() {
        return new NewAccount(partnerId, externalId, email, name,
                status == ContractStatus.CANCELLED ? ContractStatus.ACTIVE : status);
    }

    public Account build() {
        Account account = Account.provision(request(), UserId.generate(createdAt, RANDOM), WORDS.draw(RANDOM),
                StatisticsId.random(RANDOM), createdAt);
        return status == ContractStatus.CANCELLED
                ? new Account(account.userId(), account.partnerId(), account.externalId(), account.email(),
                account.name(), new Contract(ContractStatus.CANCELLED, createdAt,
                createdAt.plus(Contract.ARCHIVE_PERIOD)), account.trackingId(), account.statisticsId(),
                account.createdAt(), account.updatedAt(), account.version())
                : account;
    }

    public static TrackingId aTrackingId() {
        return WORDS.draw(RANDOM);
    }
}
