package io.cockpit.bootstrap.e2e;

class ContactRequestEmbeddedTest extends ContactRequestScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
