package io.cockpit.application.service.access;

import io.cockpit.application.port.in.access.RequestPasswordResetUseCase;
import io.cockpit.application.port.in.settings.SettingsUseCase;
import io.cockpit.application.port.out.access.CredentialRepository;
import io.cockpit.application.port.out.access.PasswordResetTokens;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.shared.Mail;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.port.out.shared.MailSender;
import io.cockpit.application.service.protection.BruteForceGuard;
import io.cockpit.domain.access.PasswordResetGrant;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.shared.Language;
import io.cockpit.domain.shared.InvalidValueException;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Requests for a reset link. The request itself only counts against the brute-force limits and hands the rest to
 * {@code deferred}: looking up the address, issuing the token and composing the mail happen after the answer, so
 * that answer is the same, after the same time, whether or not an account has the address. An activated account
 * gets a one-time link (valid {@link PasswordResetGrant#VALIDITY}, replacing any earlier one), a never activated one
 * a reminder of its activation e-mail, an archived one nothing.
 */
public final class PasswordResetRequests implements RequestPasswordResetUseCase {

    private static final System.Logger LOG = System.getLogger(PasswordResetRequests.class.getName());

    private final AccountRepository accounts;
    private final CredentialRepository credentials;
    private final PasswordResetTokens resetTokens;
    private final SettingsUseCase settings;
    private final MailSender mail;
    private final PasswordResetLink link;
    private final BruteForceGuard guard;
    private final Executor deferred;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;

    public PasswordResetRequests(AccountRepository accounts, CredentialRepository credentials,
                                 PasswordResetTokens resetTokens, SettingsUseCase settings, MailSender mail,
                                 PasswordResetLink link, BruteForceGuard guard, Executor deferred,
                                 Transactions transactions, Clock clock, SecureRandom random) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.credentials = credentials;
        this.resetTokens = resetTokens;
        this.settings = settings;
        this.mail = mail;
        this.link = link;
        this.guard = guard;
        this.deferred = deferred;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public void request(String email, IpAddress client) {
        // every request takes a place under the sign-in limits and keeps it: it may send a mail, and it must not probe
        // addresses unthrottled; it never counts toward the permanent block, which is for credential stuffing
        guard.reserve(guard.subject(client, "reset:" + email.strip().toLowerCase(Locale.ROOT)), false);
        deferred.execute(() -> {
            try {
                mailTo(email);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a password reset request failed; the user can ask again", e);
            }
        });
    }

    private void mailTo(String email) {
        Optional<Account> found = parse(email).flatMap(accounts::findByEmail);
        if (found.isEmpty() || found.get().contract().isArchived()) {
            return;
        }
        Account account = found.get();
        Language language = settings.settings(account.userId()).value().language();
        Instant now = clock.instant();
        PasswordResetGrant grant = PasswordResetGrant.issue(random, now);
        // once its erasure is asked for, the account gets nothing, as an unknown address
        Optional<Mail> toSend = transactions.inTransaction(() -> accounts.lockForNewAccess(account.userId())
                .map(open -> {
                    if (credentials.find(account.userId()).isEmpty()) {
                        return ActivationPendingMail.compose(account.email(), language);
                    }
                    resetTokens.replace(account.userId(), grant.token().hash(), grant.expiresAt(), now);
                    return PasswordResetMail.compose(account.email(), language, link.to(grant.token()),
                            PasswordResetGrant.VALIDITY);
                }));
        toSend.ifPresent(mail::send);
    }

    private static Optional<EmailAddress> parse(String email) {
        try {
            return Optional.of(new EmailAddress(email));
        } catch (InvalidValueException notAnAddress) {
            return Optional.empty();
        }
    }
}
