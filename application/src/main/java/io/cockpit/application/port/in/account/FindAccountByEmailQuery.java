package io.cockpit.application.port.in.account;

import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.EmailAddress;

import java.util.Optional;

/**
 * Operator staff find the account behind a data-subject request that came by e-mail: an exact match on the login
 * (compared case-insensitively). Every lookup is audited under the staff member's key name, with the User-ID found
 * and never the address.
 */
public interface FindAccountByEmailQuery {

    Optional<Account> findByEmail(String operator, EmailAddress email);
}
