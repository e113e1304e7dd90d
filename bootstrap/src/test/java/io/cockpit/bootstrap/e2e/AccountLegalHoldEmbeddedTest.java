package io.cockpit.bootstrap.e2e;

class AccountLegalHoldEmbeddedTest extends AccountLegalHoldScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
