package io.cockpit.application.service.access;

import io.cockpit.application.port.out.shared.Mail;
import io.cockpit.application.security.ServerSecret;
import io.cockpit.application.service.protection.AddressBlocklist;
import io.cockpit.application.service.protection.BruteForceGuard;
import io.cockpit.application.service.settings.SettingsService;
import io.cockpit.application.testing.fakes.FakePasswordHasher;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.access.CommonPasswords;
import io.cockpit.domain.access.DeviceLabel;
import io.cockpit.domain.access.Password;
import io.cockpit.domain.access.PasswordPolicy;
import io.cockpit.domain.access.SecretToken;
import io.cockpit.domain.access.SessionPolicy;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.access.TokenKind;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.ContractStatus;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.protection.SignInThrottle;
import io.cockpit.domain.protection.TrustedProxies;
import io.cockpit.domain.shared.Language;
import io.cockpit.domain.settings.UserSettings;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;
import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.VersionCheck;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.cockpit.application.testing.AccountMother.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordResetServiceTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String NEW_PASSWORD = "a much better passphrase 42";
    private static final Pattern LINK = Pattern.compile("https://app\\.example\\.com/password-reset#token=(rst_[A-Za-z0-9_-]{43})");

    private final FakeStores stores = new FakeStores();
    private final SecureRandom random = new SecureRandom();
    private final FakePasswordHasher hasher = new FakePasswordHasher(1);
    private final PasswordPolicy policy = new PasswordPolicy(CommonPasswords.bundled());
    private final SessionService sessions = new SessionService(stores.sessions, stores.sessionCache,
            stores.transactions, SessionPolicy.DEFAULT, stores.clock, random);
    private final BruteForceGuard guard = new BruteForceGuard(stores.attempts, new ServerSecret(new byte[32]),
            new AddressBlocklist(stores.blockedAddresses, stores.clock), SignInThrottle.DEFAULT, TrustedProxies.NONE, stores.clock);
    private final NewPassword newPassword = new NewPassword(stores.credentials, stores.activationTokens,
            stores.resetTokens, sessions);
    private final SettingsService settings = new SettingsService(stores.settings, stores.templates, stores.transactions, stores.clock);
    private final List<Runnable> deferred = new ArrayList<>();
    private final PasswordResetRequests requests = new PasswordResetRequests(stores.accounts, stores.credentials,
            stores.resetTokens, settings, stores.mail, new PasswordResetLink(URI.create("https://app.example.com")),
            guard, deferred::add, stores.transactions, stores.clock, random);
    private final PasswordResetService reset = new PasswordResetService(stores.accounts, stores.resetTokens,
            stores.credentials, newPassword, hasher, policy, guard, stores.transactions, stores.clock);
    private final PasswordService changes = new PasswordService(stores.accounts, stores.credentials, newPassword,
            hasher, policy, guard, stores.transactions, stores.clock);
    private final IpAddress client = IpAddress.parse("198.51.100.20");

    private Account account(ContractStatus status) {
        Account account = anAccount().withStatus(status).build();
        stores.accounts.add(account);
        return account;
    }

    private Account activated() {
        Account account = account(ContractStatus.ACTIVE);
        stores.credentials.create(account.userId(), hasher.hash(new Password(PASSWORD)), stores.clock.instant());
        return account;
    }

    /** Asks for a link and lets the deferred part run, as the background executor would. */
    private void requestFor(String email) {
        requests.request(email, client);
        deferred.forEach(Runnable::run);
        deferred.clear();
    }

    private static String tokenIn(Mail mail) {
        Matcher link = LINK.matcher(mail.text());
        assertThat(link.find()).as("a reset link in %s", mail.text()).isTrue();
        return link.group(1);
    }

    private boolean passwordIs(Account account, String password) {
        return hasher.verify(new Password(password), stores.credentials.find(account.userId()).orElseThrow());
    }

    private static ErrorCode codeOf(Runnable call) {
        try {
            call.run();
        } catch (DomainException refused) {
            return refused.error();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void anActivatedUserGetsAOneTimeLinkThatSetsTheNewPasswordAndEndsEverySession() {
        Account account = activated();
        String phone = sessions.start(account.userId(), new DeviceLabel("Cockpit app on iPhone")).token().value();

        requestFor(account.email().value());
        List<Mail> sent = stores.mail.sentTo(account.email());
        reset.reset(tokenIn(sent.getFirst()), NEW_PASSWORD, client);

        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().language()).isEqualTo(Language.DE);
        assertThat(sent.getFirst().subject()).isEqualTo("Neues Passwort für dein Cockpit");
        assertThat(sent.getFirst().text()).contains("60 Minuten");
        assertThat(passwordIs(account, NEW_PASSWORD)).isTrue();
        assertThat(sessions.authenticate(phone)).isEmpty();
    }

    @Test
    void onceItsErasureIsAskedForNoLinkIsMailedAndAnEarlierOneNoLongerWorks() {
        Account account = activated();
        requestFor(account.email().value());
        String earlier = tokenIn(stores.mail.sentTo(account.email()).getFirst());

        stores.accounts.markErasureRequested(account.userId(), stores.clock.instant());
        requestFor(account.email().value());

        assertThat(stores.mail.sentTo(account.email())).hasSize(1);
        assertThat(codeOf(() -> reset.reset(earlier, NEW_PASSWORD, client)))
                .isEqualTo(ErrorCode.PASSWORD_RESET_TOKEN_INVALID);
        assertThat(passwordIs(account, PASSWORD)).isTrue();
        Account neverActivated = account(ContractStatus.ACTIVE);
        stores.accounts.markErasureRequested(neverActivated.userId(), stores.clock.instant());
        requestFor(neverActivated.email().value());
        assertThat(stores.mail.sentTo(neverActivated.email())).as("not even that it awaits activation").isEmpty();
    }

    @Test
    void theMailSpeaksTheUsersLanguage() {
        Account account = activated();
        settings.replace(account.userId(), VersionCheck.ANY,
                new UserSettings(Language.EN, UserSettings.DEFAULT.timeZone(), UserSettings.DEFAULT.dailyGoals()));

        requestFor(account.email().value().toUpperCase());

        Mail mail = stores.mail.sentTo(account.email()).getFirst();
        assertThat(mail.language()).isEqualTo(Language.EN);
        assertThat(mail.subject()).isEqualTo("A new password for your Cockpit");
        assertThat(mail.text()).contains("60 minutes");
    }

    @Test
    void theLinkWorksOnce() {
        Account account = activated();
        requestFor(account.email().value());
        String token = tokenIn(stores.mail.sentTo(account.email()).getFirst());
        reset.reset(token, NEW_PASSWORD, client);

        assertThat(codeOf(() -> reset.reset(token, "yet another passphrase 43", client)))
                .isEqualTo(ErrorCode.PASSWORD_RESET_TOKEN_INVALID);
        assertThat(passwordIs(account, NEW_PASSWORD)).isTrue();
    }

    @Test
    void theLinkWorksForOneHour() {
        Account account = activated();
        requestFor(account.email().value());
        String token = tokenIn(stores.mail.sentTo(account.email()).getFirst());

        stores.clock.advance(Duration.ofHours(1));

        assertThat(codeOf(() -> reset.reset(token, NEW_PASSWORD, client)))
                .isEqualTo(ErrorCode.PASSWORD_RESET_TOKEN_INVALID);
        assertThat(passwordIs(account, PASSWORD)).isTrue();
    }

    @Test
    void aNewerLinkReplacesTheOlderOne() {
        Account account = activated();
        requestFor(account.email().value());
        requestFor(account.email().value());
        List<Mail> sent = stores.mail.sentTo(account.email());

        assertThat(codeOf(() -> reset.reset(tokenIn(sent.get(0)), NEW_PASSWORD, client)))
                .isEqualTo(ErrorCode.PASSWORD_RESET_TOKEN_INVALID);
        reset.reset(tokenIn(sent.get(1)), NEW_PASSWORD, client);
        assertThat(passwordIs(account, NEW_PASSWORD)).isTrue();
    }

    @Test
    void nothingThatDependsOnTheAddressHappensBeforeTheAnswer() {
        Account account = activated();

        requests.request(account.email().value(), client);
        requests.request("nobody@example.com", client);

        assertThat(stores.mail.sent()).isEmpty();
        assertThat(deferred).hasSize(2);
        deferred.forEach(Runnable::run);
        assertThat(stores.mail.sent()).hasSize(1);
        assertThat(stores.mail.sent().getFirst().recipient()).isEqualTo(account.email());
    }

    @Test
    void anUnknownOrInvalidAddressGetsNoMail() {
        requestFor("nobody@example.com");
        requestFor("not an address");

        assertThat(stores.mail.sent()).isEmpty();
    }

    @Test
    void aNeverActivatedAccountIsRemindedOfItsActivationMailAndGetsNoLink() {
        Account account = account(ContractStatus.ACTIVE);

        requestFor(account.email().value());

        Mail mail = stores.mail.sentTo(account.email()).getFirst();
        assertThat(mail.subject()).isEqualTo("Dein Cockpit ist noch nicht aktiviert");
        assertThat(mail.text()).doesNotContain("rst_", "#token=");
        assertThat(stores.credentials.find(account.userId())).isEmpty();
    }

    @Test
    void anArchivedAccountGetsNothing() {
        Account account = account(ContractStatus.CANCELLED);
        stores.credentials.create(account.userId(), hasher.hash(new Password(PASSWORD)), stores.clock.instant());

        requestFor(account.email().value());

        assertThat(stores.mail.sent()).isEmpty();
    }

    @Test
    void requestsAreThrottledPerAddressAndEmailLikeSignIns() {
        Account account = activated();
        for (int i = 0; i < SignInThrottle.DEFAULT.perAddressAndAccount(); i++) {
            requestFor(account.email().value());
        }

        assertThat(codeOf(() -> requests.request(account.email().value(), client)))
                .isEqualTo(ErrorCode.AUTH_TOO_MANY_ATTEMPTS);
        requests.request("someone.else@example.com", client);
        assertThat(deferred).hasSize(1);
    }

    @Test
    void anUnknownTokenCountsAgainstTheAddressAndIsRefusedLikeAUsedOne() {
        SecretToken unknown = SecretToken.generate(TokenKind.PASSWORD_RESET, random);

        assertThat(codeOf(() -> reset.reset(unknown.value(), NEW_PASSWORD, client)))
                .isEqualTo(ErrorCode.PASSWORD_RESET_TOKEN_INVALID);
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStillWorks() {
        Account account = activated();
        requestFor(account.email().value());
        String token = tokenIn(stores.mail.sentTo(account.email()).getFirst());

        assertThatThrownBy(() -> reset.reset(token, "short", client))
                .isInstanceOf(InvalidValueException.class);
        reset.reset(token, NEW_PASSWORD, client);
        assertThat(passwordIs(account, NEW_PASSWORD)).isTrue();
    }

    @Test
    void changingThePasswordEndsPendingResetAndActivationTokens() {
        Account account = activated();
        requestFor(account.email().value());
        String resetToken = tokenIn(stores.mail.sentTo(account.email()).getFirst());
        SecretToken activation = SecretToken.generate(TokenKind.ACTIVATION, random);
        stores.activationTokens.replace(account.userId(), activation.hash(), stores.clock.instant().plusSeconds(600),
                stores.clock.instant());
        var session = sessions.start(account.userId(), new DeviceLabel("Firefox on Linux"));

        changes.change(account.userId(), session.session().id(), PASSWORD, NEW_PASSWORD, client);

        assertThat(stores.resetTokens.findValid(TokenHash.of(resetToken),
                stores.clock.instant())).isEmpty();
        assertThat(stores.activationTokens.findValid(activation.hash(), stores.clock.instant())).isEmpty();
        assertThat(codeOf(() -> reset.reset(resetToken, "yet another passphrase 43", client)))
                .isEqualTo(ErrorCode.PASSWORD_RESET_TOKEN_INVALID);
    }

    @Test
    void aResetEndsTheOtherPendingTokensToo() {
        Account account = activated();
        requestFor(account.email().value());
        String token = tokenIn(stores.mail.sentTo(account.email()).getFirst());
        SecretToken activation = SecretToken.generate(TokenKind.ACTIVATION, random);
        stores.activationTokens.replace(account.userId(), activation.hash(), stores.clock.instant().plusSeconds(600),
                stores.clock.instant());

        reset.reset(token, NEW_PASSWORD, client);

        assertThat(stores.activationTokens.findValid(activation.hash(), stores.clock.instant())).isEmpty();
        assertThat(passwordIs(account, NEW_PASSWORD)).isTrue();
    }
}
