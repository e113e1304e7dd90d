package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.linkedin.ConversationRepository;
import io.cockpit.application.port.out.linkedin.ConversationRepositoryContract;


class FakeConversationRepositoryTest extends ConversationRepositoryContract {

    private final FakeDatabase database = new FakeDatabase();
    private final ConversationRepository repository = new FakeConversationRepository(database);

    @Override
    protected ConversationRepository conversations() {
        return repository;
    }
}
