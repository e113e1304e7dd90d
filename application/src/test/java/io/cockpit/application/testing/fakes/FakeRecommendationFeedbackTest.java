package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.recommendation.RecommendationFeedback;
import io.cockpit.application.port.out.recommendation.RecommendationFeedbackContract;

class FakeRecommendationFeedbackTest extends RecommendationFeedbackContract {

    private final RecommendationFeedback feedback = new FakeRecommendationFeedback(new FakeDatabase());

    @Override
    protected RecommendationFeedback feedback() {
        return feedback;
    }
}
