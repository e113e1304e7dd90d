package io.cockpit.bootstrap.e2e;

class PasswordEmbeddedTest extends PasswordScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
