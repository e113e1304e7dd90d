package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.linkedin.ContactsApi;
import io.cockpit.adapters.http.linkedin.ConversationsApi;
import io.cockpit.adapters.http.linkedin.LinkedInSyncApi;
import io.cockpit.adapters.http.linkedin.SearchApi;
import io.cockpit.adapters.mysql.label.JdbiLabelRepository;
import io.cockpit.adapters.mysql.linkedin.JdbiContactRepository;
import io.cockpit.adapters.mysql.linkedin.JdbiLinkedInSearch;
import io.cockpit.adapters.mysql.linkedin.JdbiConversationRepository;
import io.cockpit.adapters.mysql.linkedin.JdbiMessageRepository;
import io.cockpit.adapters.mysql.linkedin.JdbiProfileRepository;
import io.cockpit.adapters.mysql.linkedin.JdbiSuppressionRepository;
import io.cockpit.adapters.mysql.linkedin.JdbiSyncStateRepository;
import io.cockpit.adapters.mysql.recommendation.JdbiRecommendationFeedback;
import io.cockpit.application.port.in.linkedin.ContactTemplateValuesQuery;
import io.cockpit.application.port.in.linkedin.LabelAssignmentsUseCase;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.service.linkedin.ContactService;
import io.cockpit.application.service.linkedin.ConversationService;
import io.cockpit.application.service.linkedin.LabelAssignmentService;
import io.cockpit.application.service.linkedin.LinkedInStores;
import io.cockpit.application.service.linkedin.LinkedInSyncService;
import io.cockpit.application.service.linkedin.SearchService;
import io.cockpit.domain.linkedin.LinkedInPersonalData;
import io.cockpit.domain.register.PersonalDataCategory;

import java.util.List;
import java.util.concurrent.Executors;

/**
 * LinkedIn data: the client's sync, contacts with the lookup and the suppression list, conversations and messages,
 * full-text search over them.
 * Labels and templates use it: a deleted label leaves contacts and conversations, a preview can be filled from a
 * contact.
 */
public final class LinkedInCapability implements Capability {

    private final LinkedInStores stores;
    private final List<HttpRoutes> routes;
    private final ContactService contacts;
    private final LabelAssignmentService labelAssignments;

    public LinkedInCapability(Platform platform) {
        this.stores = new LinkedInStores(platform.repository(JdbiSyncStateRepository::new),
                platform.repository(JdbiProfileRepository::new), platform.repository(JdbiContactRepository::new),
                platform.repository(JdbiConversationRepository::new), platform.repository(JdbiMessageRepository::new),
                platform.repository(JdbiSuppressionRepository::new), platform.repository(JdbiLabelRepository::new),
                platform.bulkWrites(), platform.secret());
        this.contacts = new ContactService(stores, platform.repository(JdbiRecommendationFeedback::new),
                platform.clock());
        this.labelAssignments = new LabelAssignmentService(stores.contacts(), stores.conversations());
        this.routes = List.of(
                LinkedInSyncApi.routes(new LinkedInSyncService(stores, platform.clock()), platform.idempotency()),
                ContactsApi.routes(contacts, contacts),
                ConversationsApi.routes(new ConversationService(stores, platform.clock())),
                SearchApi.routes(new SearchService(platform.repository(JdbiLinkedInSearch::new),
                        Executors.newVirtualThreadPerTaskExecutor(), platform.settings().databasePoolSize() / 2)));
    }

    /** For templates: a preview filled from a stored contact. */
    public ContactTemplateValuesQuery templateValues() {
        return contacts;
    }

    /** For labels: a deleted tag or category leaves the contacts and conversations it was on. */
    public LabelAssignmentsUseCase labelAssignments() {
        return labelAssignments;
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return LinkedInPersonalData.categories();
    }

    @Override
    public List<PersonalDataStore> personalDataStores() {
        return List.of(stores.syncStates(), stores.profiles(), stores.contacts(), stores.conversations(),
                stores.messages(), stores.suppressions());
    }

    @Override
    public List<HttpRoutes> routes() {
        return routes;
    }
}
