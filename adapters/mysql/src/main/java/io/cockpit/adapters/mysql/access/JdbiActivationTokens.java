package io.cockpit.adapters.mysql.access;

import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.port.out.access.ActivationTokens;

public final class JdbiActivationTokens extends JdbiOneTimeTokenTable implements ActivationTokens {

    public JdbiActivationTokens(JdbiTransactions db) {
        super(db, "activation_token", ActivationTokens::exported);
    }
}
