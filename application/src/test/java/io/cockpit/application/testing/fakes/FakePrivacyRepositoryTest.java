package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.privacy.PrivacyRepository;
import io.cockpit.application.port.out.privacy.PrivacyRepositoryContract;

class FakePrivacyRepositoryTest extends PrivacyRepositoryContract {

    private final PrivacyRepository privacy = new FakePrivacyRepository(new FakeDatabase());

    @Override
    protected PrivacyRepository privacy() {
        return privacy;
    }
}
