package io.cockpit.adapters.mysql.access;

import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.port.out.access.PasswordResetTokens;

public final class JdbiPasswordResetTokens extends JdbiOneTimeTokenTable implements PasswordResetTokens {

    public JdbiPasswordResetTokens(JdbiTransactions db) {
        super(db, "password_reset_token", PasswordResetTokens::exported);
    }
}
