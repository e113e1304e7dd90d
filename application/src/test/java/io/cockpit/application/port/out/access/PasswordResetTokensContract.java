package io.cockpit.application.port.out.access;

/** The contract of {@link PasswordResetTokens}: the rules of every kind of one-time token. */
public abstract class PasswordResetTokensContract extends OneTimeTokensContract {

    @Override
    protected abstract PasswordResetTokens tokens();
}
