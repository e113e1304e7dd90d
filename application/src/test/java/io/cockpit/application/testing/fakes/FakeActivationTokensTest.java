package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.access.ActivationTokens;
import io.cockpit.application.port.out.access.ActivationTokensContract;

class FakeActivationTokensTest extends ActivationTokensContract {

    private final ActivationTokens tokens = new FakeActivationTokens(new FakeDatabase());

    @Override
    protected ActivationTokens tokens() {
        return tokens;
    }
}
