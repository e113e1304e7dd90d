package io.cockpit.application.port.in.account;

import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.account.UserId;

/**
 * The user corrects their own data (Art. 16 GDPR): the name. The e-mail address (the login) and the contract data
 * come from the sales partner and are changed there.
 */
public interface RectifyMyAccountUseCase {

    /** @return the account as the user sees it after the change */
    MyAccountQuery.MyAccount rectifyName(UserId userId, PersonName name);
}
