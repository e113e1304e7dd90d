package io.cockpit.bootstrap.e2e;

class SignInEmbeddedTest extends SignInScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
