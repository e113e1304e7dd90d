package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.website.ApplicationDocumentStore;
import io.cockpit.application.port.out.website.ApplicationDocumentStoreContract;

class FakeApplicationDocumentStoreTest extends ApplicationDocumentStoreContract {

    private final FakeDatabase database = new FakeDatabase();
    private final ApplicationDocumentStore documents = new FakeApplicationDocumentStore(database);

    @Override
    protected ApplicationDocumentStore documents() {
        return documents;
    }
}
