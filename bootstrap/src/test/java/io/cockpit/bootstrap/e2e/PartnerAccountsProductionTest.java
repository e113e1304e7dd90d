package io.cockpit.bootstrap.e2e;

class PartnerAccountsProductionTest extends PartnerAccountsScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.PRODUCTION;
    }
}
