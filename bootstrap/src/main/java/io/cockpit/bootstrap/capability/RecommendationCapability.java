package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.recommendation.RecommendationsApi;
import io.cockpit.adapters.mysql.label.JdbiLabelRepository;
import io.cockpit.adapters.mysql.linkedin.JdbiContactRepository;
import io.cockpit.adapters.mysql.recommendation.JdbiCandidateSource;
import io.cockpit.adapters.mysql.recommendation.JdbiRecommendationFeedback;
import io.cockpit.adapters.mysql.template.JdbiTemplateRepository;
import io.cockpit.application.port.in.privacy.ProcessingPermissionsQuery;
import io.cockpit.application.port.in.settings.SettingsUseCase;
import io.cockpit.application.port.in.statistics.TodayQuery;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.service.recommendation.RecommendationService;
import io.cockpit.domain.recommendation.RecommendationPersonalData;
import io.cockpit.domain.register.PersonalDataCategory;

import java.util.List;

/**
 * "Who to write next" and today's progress: reads the LinkedIn data, the categories' priorities and cadences and the
 * settings; asks the privacy capability whether it may compute anything.
 */
public final class RecommendationCapability implements Capability {

    private final JdbiRecommendationFeedback feedback;
    private final RecommendationService recommendations;

    public RecommendationCapability(Platform platform, SettingsUseCase settings, ProcessingPermissionsQuery permissions,
                                    TodayQuery recorded) {
        this.feedback = platform.repository(JdbiRecommendationFeedback::new);
        this.recommendations = new RecommendationService(platform.repository(JdbiCandidateSource::new), feedback,
                platform.repository(JdbiLabelRepository::new), platform.repository(JdbiContactRepository::new),
                platform.repository(JdbiTemplateRepository::new), settings, permissions, recorded, platform.clock());
    }

    @Override
    public List<HttpRoutes> routes() {
        return List.of(RecommendationsApi.routes(recommendations, recommendations, recommendations));
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return RecommendationPersonalData.categories();
    }

    @Override
    public List<PersonalDataStore> personalDataStores() {
        return List.of(feedback);
    }
}
