package io.cockpit.application.port.out.register;

import io.cockpit.domain.account.UserId;

/**
 * How an erased user's User-ID is replaced where a record must outlive the erasure (a data-subject request, an audit
 * entry): a keyed hash shaped like a User-ID, the same for the user in every store, that names no account and cannot
 * be turned back into the User-ID without the server secret.
 */
@FunctionalInterface
public interface UserPseudonyms {

    UserId pseudonymOf(UserId user);
}
