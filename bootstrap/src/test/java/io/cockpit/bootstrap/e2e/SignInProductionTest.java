package io.cockpit.bootstrap.e2e;

class SignInProductionTest extends SignInScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.PRODUCTION;
    }
}
