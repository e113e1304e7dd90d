package io.cockpit.application.service.website;

import io.cockpit.application.port.out.protection.AttemptCounter;
import io.cockpit.application.port.out.protection.AttemptCounter.Attempts;
import io.cockpit.application.security.ServerSecret;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.website.WebsiteErrors;

import java.time.Clock;
import java.time.Instant;

/**
 * The per-address limit on the website's public calls, and the per-recipient limit on acknowledgement mails (so that
 * the forms cannot flood someone's mailbox). Counters are keyed hashes: the cache never sees an address. Every call
 * is recorded before it is compared with the limit, so calls arriving together cannot slip past it; refused calls
 * count too.
 */
public final class WebsiteRateLimit {

    private final AttemptCounter counter;
    private final ServerSecret secret;
    private final WebsiteRules rules;
    private final Clock clock;

    public WebsiteRateLimit(AttemptCounter counter, ServerSecret secret, WebsiteRules rules, Clock clock) {
        this.counter = counter;
        this.secret = secret;
        this.rules = rules;
        this.clock = clock;
    }

    /** @throws io.cockpit.domain.shared.DomainException {@code website.too_many_requests} with the time to wait */
    public void admit(IpAddress client) {
        admit(secret.keyedHash("website/address", client.text()), rules.requestsPerAddress());
    }

    /** @throws io.cockpit.domain.shared.DomainException {@code website.too_many_requests} with the time to wait */
    public void admitMailTo(EmailAddress recipient) {
        admit(secret.keyedHash("website/recipient", recipient.canonical()), rules.mailsPerRecipient());
    }

    private void admit(String key, int limit) {
        Instant now = clock.instant();
        Attempts attempts = counter.record(key, now, rules.window());
        if (attempts.count() > limit) {
            throw WebsiteErrors.tooManyRequests(attempts.until(now, rules.window()));
        }
    }
}
