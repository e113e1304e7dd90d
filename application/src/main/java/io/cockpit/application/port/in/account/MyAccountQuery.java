package io.cockpit.application.port.in.account;

import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.Notice;
import io.cockpit.domain.account.UserId;

import java.util.List;

/** The signed-in user's view of the account. */
public interface MyAccountQuery {

    MyAccount myAccount(UserId userId);

    /** The account and the notices the user must see, in the user's language. */
    record MyAccount(Account account, List<Notice> notices) {
    }
}
