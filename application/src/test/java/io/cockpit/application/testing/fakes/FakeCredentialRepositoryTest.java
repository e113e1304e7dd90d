package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.access.CredentialRepository;
import io.cockpit.application.port.out.access.CredentialRepositoryContract;

class FakeCredentialRepositoryTest extends CredentialRepositoryContract {

    private final CredentialRepository credentials = new FakeCredentialRepository(new FakeDatabase());

    @Override
    protected CredentialRepository credentials() {
        return credentials;
    }
}
