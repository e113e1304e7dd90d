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
import io.cockpit.application.service.shared.LeasedJob;
import io.cockpit.application.service.website.ApplicationDeskService;
import io.cockpit.application.service.website.ApplicationIntakeService;
import io.cockpit.application.service.website.ContactFormService;
import io.cockpit.application.service.website.ContactRequestInboxService;
import io.cockpit.application.service.website.WebsiteDataService;
import io.cockpit.application.service.website.WebsiteErasures;
import io.cockpit.application.service.website.WebsiteRateLimit;
import io.cockpit.application.service.website.WebsiteRetentionService;
import io.cockpit.application.service.website.WithdrawalLinks;
import io.cockpit.bootstrap.config.CockpitSettings;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.website.WebsitePersonalData;

import java.util.List;

/**
 * The company website's backend: the contact form, job applications with their documents, the talent pool, the
 * operator's work on them, erasure by e-mail address, and the website's own leased retention job (applications 6
 * months after their process ended unless held or in the pool, talent-pool consents after 2 years), which needs more
 * than a cutoff and so is not one of the register's generic expiring stores.
 */
public final class WebsiteCapability implements Capability {

    private static final System.Logger LOG = System.getLogger(WebsiteCapability.class.getName());

    private final List<HttpRoutes> routes;

    public WebsiteCapability(Platform platform) {
        CockpitSettings.WebsiteSettings settings = platform.settings().website();
        JdbiContactRequestRepository contactRequests = platform.repository(JdbiContactRequestRepository::new);
        JdbiApplicationRepository applications = platform.repository(JdbiApplicationRepository::new);
        JdbiApplicationDocumentStore documents = platform.repository(JdbiApplicationDocumentStore::new);
        AuditLog audit = platform.repository(JdbiAuditLog::new);
        WebsiteErasures erasures = new WebsiteErasures(contactRequests, applications, documents,
                platform.repository(JdbiErasureLedger::new), platform.clock());
        WebsiteRateLimit limit = new WebsiteRateLimit(platform.attemptCounter(), platform.secret(), settings.rules(),
                platform.clock());
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
        WebsiteRetentionService retention = new WebsiteRetentionService(applications, erasures,
                platform.transactions(), platform.clock());
        CockpitSettings.JobTiming timing = settings.retentionJob();
        platform.jobs().schedule(new LeasedJob(WebsiteRetentionService.JOB, timing.interval(), timing.lease(),
                () -> runRetention(retention)));
    }

    private static void runRetention(WebsiteRetentionService retention) {
        WebsiteRetentionService.Run run = retention.run();
        if (run.didSomething()) {
            LOG.log(System.Logger.Level.INFO, "website retention: erased " + run.applicationsErased()
                    + " application(s), ended " + run.talentPoolConsentsEnded() + " talent-pool consent(s)");
        }
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
