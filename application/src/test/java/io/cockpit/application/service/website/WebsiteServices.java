package io.cockpit.application.service.website;

import io.cockpit.application.port.out.shared.Mail;
import io.cockpit.application.security.ServerSecret;
import io.cockpit.application.service.register.RegisterStores;
import io.cockpit.application.service.register.RetentionJob;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.register.ErasureRecord;
import io.cockpit.domain.register.Register;
import io.cockpit.domain.website.WebsitePersonalData;

import io.cockpit.domain.protection.SignInThrottle;
import java.net.URI;
import java.security.SecureRandom;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The website's services on the fakes, as WebsiteCapability wires them on the real stores. */
final class WebsiteServices {

    static final URI WITHDRAWAL_PAGE = URI.create("https://www.example.com/widerruf");

    final FakeStores stores = new FakeStores();
    final WebsiteRules rules = WebsiteRules.DEFAULT;
    final WebsiteRateLimit limit = new WebsiteRateLimit(stores.attempts, new ServerSecret(new byte[32]), rules,
            stores.clock, SignInThrottle.DEFAULT_IPV6_SOURCE_PREFIX);
    final WithdrawalLinks links = new WithdrawalLinks(WITHDRAWAL_PAGE);
    final WebsiteErasures erasures = new WebsiteErasures(stores.contactRequests, stores.applications,
            stores.applicationDocuments, stores.erasureLedger, stores.clock);
    final ContactFormService contactForm = new ContactFormService(stores.contactRequests, erasures, stores.mail,
            links, limit, stores.transactions, stores.clock, new SecureRandom());
    final ContactRequestInboxService inbox = new ContactRequestInboxService(stores.contactRequests, erasures,
            stores.audit, rules, stores.transactions, stores.clock);
    final ApplicationIntakeService intake = new ApplicationIntakeService(stores.applications,
            stores.applicationDocuments, erasures, stores.mail, links, limit, stores.transactions, stores.clock,
            new SecureRandom());
    final ApplicationDeskService desk = new ApplicationDeskService(stores.applications, stores.applicationDocuments,
            stores.audit, stores.transactions, stores.clock);
    final WebsiteDataService websiteData = new WebsiteDataService(stores.contactRequests, stores.applications,
            erasures, stores.audit, stores.transactions, stores.clock);
    /** The register's retention job over the website's categories, with its stores in the capability's order. */
    final RetentionJob retention = new RetentionJob(new RegisterStores(Register.of(WebsitePersonalData.categories()),
            List.of(), List.of(new TalentPoolConsentsPastRetention(stores.applications, erasures, stores.transactions,
                    stores.clock), new ApplicationsPastRetention(stores.applications, erasures, stores.transactions,
                    stores.clock))),
            stores.retentionRuns, stores.clock);

    private int addresses;

    /** A client address no other call of this test used. */
    IpAddress newClient() {
        addresses++;
        return IpAddress.parse("203.0." + (addresses / 250) + "." + (addresses % 250 + 1));
    }

    /** The token behind {@code #kind=} in the newest mail to {@code email}. */
    String tokenMailedTo(String email, String kind) {
        List<Mail> mails = stores.mail.sentTo(new EmailAddress(email));
        assertThat(mails).isNotEmpty();
        Matcher link = Pattern.compile(Pattern.quote(WITHDRAWAL_PAGE + "#" + kind + "=") + "([a-z]{3}_[A-Za-z0-9_-]{43})")
                .matcher(mails.getLast().text());
        assertThat(link.find()).as("a " + kind + " link in the mail").isTrue();
        return link.group(1);
    }

    List<ErasureRecord> ledger() {
        return stores.erasureLedger.list(io.cockpit.application.paging.PageRequest.first(100)).items();
    }
}
