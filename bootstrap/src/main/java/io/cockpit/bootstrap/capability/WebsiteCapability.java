package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.website.ApplicationsApi;
import io.cockpit.adapters.http.website.ContactFormApi;
import io.cockpit.adapters.http.website.ContactRequestsApi;
import io.cockpit.adapters.http.website.OperatorApplicationsApi;
import io.cockpit.adapters.http.website.TalentPoolApi;
import io.cockpit.adapters.http.website.WebsiteDataApi;
import io.cockpit.adapters.mysql.audit.JdbiAuditLog;
import io.cockpit.adapters.mysql.register.JdbiErasureLedger;
import io.cockpit.adapters.mysql.website.JdbiApplicationDocumentStore;
import io.cockpit.adapters.mysql.website.JdbiApplicationRepository;
import io.cockpit.adapters.mysql.website.JdbiContactRequestRepository;
import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.service.website.ApplicationDeskService;
import io.cockpit.application.service.website.ApplicationIntakeService;
import io.cockpit.application.service.website.ApplicationsPastRetention;
import io.cockpit.application.service.website.ContactFormService;
import io.cockpit.application.service.website.ContactRequestInboxService;
import io.cockpit.application.service.website.WebsiteDataService;
import io.cockpit.application.service.website.WebsiteErasures;
import io.cockpit.application.service.website.TalentPoolConsentsPastRetention;
import io.cockpit.application.service.website.WebsiteRateLimit;
import io.cockpit.application.service.website.WithdrawalLinks;
import io.cockpit.bootstrap.config.CockpitSettings;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.website.WebsitePersonalData;

import java.util.List;

/**
 * The company website's backend: the contact form, job applications with their documents, the talent pool, the
 * operator's work on them, erasure by e-mail address, and its share of the register's retention job: talent-pool
 * consents end 2 years after they were given (listed first, so that an application kept only for the pool goes in the
 * same run), applications go 6 months after their process ended unless held or in the pool. Its data are about
 * visitors and applicants, not users: it hands the register no per-user stores.
 */
public final class WebsiteCapability implements Capability {

    private final List<HttpRoutes> routes;
    private final List<ExpiringPersonalData> expiring;

    public WebsiteCapability(Platform platform) {
        CockpitSettings.WebsiteSettings settings = platform.settings().website();
        JdbiContactRequestRepository contactRequests = platform.repository(JdbiContactRequestRepository::new);
        JdbiApplicationRepository applications = platform.repository(JdbiApplicationRepository::new);
        JdbiApplicationDocumentStore documents = platform.repository(JdbiApplicationDocumentStore::new);
        AuditLog audit = platform.repository(JdbiAuditLog::new);
        WebsiteErasures erasures = new WebsiteErasures(contactRequests, applications, documents,
                platform.repository(JdbiErasureLedger::new), platform.clock());
        WebsiteRateLimit limit = new WebsiteRateLimit(platform.attemptCounter(), platform.secret(), settings.rules(),
                platform.clock(), platform.settings().ipv6SourcePrefix());
        WithdrawalLinks links = new WithdrawalLinks(settings.withdrawalPage());
        ApplicationDeskService desk = new ApplicationDeskService(applications, documents, audit,
                platform.transactions(), platform.clock());
        this.routes = List.of(
                ContactFormApi.routes(new ContactFormService(contactRequests, erasures, platform.mail(), links, limit,
                        platform.transactions(), platform.clock(), platform.random())),
                ApplicationsApi.routes(new ApplicationIntakeService(applications, documents, erasures,
                        platform.mail(), links, limit, platform.transactions(), platform.clock(), platform.random())),
                ContactRequestsApi.routes(new ContactRequestInboxService(contactRequests, erasures, audit,
                        settings.rules(), platform.transactions(), platform.clock())),
                OperatorApplicationsApi.routes(desk),
                TalentPoolApi.routes(desk),
                WebsiteDataApi.routes(new WebsiteDataService(contactRequests, applications, erasures, audit,
                        platform.transactions(), platform.clock()), platform.clock()));
        this.expiring = List.of(
                new TalentPoolConsentsPastRetention(applications, erasures, platform.transactions(),
                        platform.clock()),
                new ApplicationsPastRetention(applications, erasures, platform.transactions(), platform.clock()));
    }

    @Override
    public List<ExpiringPersonalData> expiringData() {
        return expiring;
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return WebsitePersonalData.categories();
    }

    @Override
    public List<HttpRoutes> routes() {
        return routes;
    }
}
