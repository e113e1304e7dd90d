package io.cockpit.bootstrap.e2e;

class PartnerAccountsEmbeddedTest extends PartnerAccountsScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
