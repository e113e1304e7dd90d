package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.label.LabelRepository;
import io.cockpit.application.port.out.label.LabelRepositoryContract;

class FakeLabelRepositoryTest extends LabelRepositoryContract {

    private final LabelRepository labels = new FakeLabelRepository(new FakeDatabase());

    @Override
    protected LabelRepository labels() {
        return labels;
    }
}
