package io.cockpit.application.port.in.register;

import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.privacy.ConsentPurpose;
import io.cockpit.domain.privacy.ProcessingRestriction;
import io.cockpit.domain.shared.ItemId;

import java.util.Set;

/**
 * What the operator changes for a person who asked by e-mail or letter (above all one who cannot sign in, an archived
 * account), as the person could in the app: the restriction of processing, an objection or withdrawal, the name. Each
 * needs a request of its type, open (a restriction is also lifted for a closed one), and goes to the audit log with
 * the key's name and the request's id only; the user's histories name the source {@value #OPERATOR}.
 *
 * @see io.cockpit.domain.shared.DomainException the refusals: {@code data_subject_request.not_found},
 *      {@code data_subject_request.wrong_type}, {@code data_subject_request.closed}, {@code account.not_found},
 *      {@code account.erasure_running} (once the account's erasure was asked for)
 */
public interface OnBehalfChangesUseCase {

    /** The source of a change the operator made, in the user's restriction and consent histories. */
    String OPERATOR = "operator";

    ProcessingRestriction restrictFor(String operator, ItemId requestId);

    /** Lifted for a restriction request open or closed: the reason for the restriction has ended. */
    void liftRestrictionFor(String operator, ItemId requestId);

    /** Turns the purposes off for an objection request (an objection, or a withdrawn consent). */
    void objectFor(String operator, ItemId requestId, Set<ConsentPurpose> purposes);

    /** Sets the account's name for a rectification request. */
    void rectifyFor(String operator, ItemId requestId, PersonName name);
}
