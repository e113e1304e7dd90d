package io.cockpit.application.port.out.access;

/** The contract of {@link ActivationTokens}: the rules of every kind of one-time token. */
public abstract class ActivationTokensContract extends OneTimeTokensContract {

    @Override
    protected abstract ActivationTokens tokens();
}
