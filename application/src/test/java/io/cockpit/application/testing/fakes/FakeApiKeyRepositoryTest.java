package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.access.ApiKeyRepository;
import io.cockpit.application.port.out.access.ApiKeyRepositoryContract;

class FakeApiKeyRepositoryTest extends ApiKeyRepositoryContract {

    private final ApiKeyRepository keys = new FakeApiKeyRepository(new FakeDatabase());

    @Override
    protected ApiKeyRepository keys() {
        return keys;
    }
}
