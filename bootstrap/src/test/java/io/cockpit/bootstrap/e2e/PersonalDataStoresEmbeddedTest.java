package io.cockpit.bootstrap.e2e;

class PersonalDataStoresEmbeddedTest extends PersonalDataStoresScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
