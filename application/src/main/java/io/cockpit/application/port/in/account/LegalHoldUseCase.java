package io.cockpit.application.port.in.account;

import io.cockpit.domain.account.LegalHold;
import io.cockpit.domain.account.UserId;

/** The operator puts or lifts a legal hold on an account (audited with the key's name and the User-ID). */
public interface LegalHoldUseCase {

    /** @throws io.cockpit.domain.shared.DomainException {@code account.not_found} */
    LegalHold hold(String operator, UserId userId, String reason);

    /** @throws io.cockpit.domain.shared.DomainException {@code account.not_found} */
    void lift(String operator, UserId userId);
}
