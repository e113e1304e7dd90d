package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.access.PasswordResetTokens;
import io.cockpit.application.port.out.access.PasswordResetTokensContract;

class FakePasswordResetTokensTest extends PasswordResetTokensContract {

    private final PasswordResetTokens tokens = new FakePasswordResetTokens(new FakeDatabase());

    @Override
    protected PasswordResetTokens tokens() {
        return tokens;
    }
}
