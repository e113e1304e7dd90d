package io.cockpit.application.port.in.account;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.account.PartnerId;
import io.cockpit.domain.account.ErasedAccount;

import java.time.Instant;

/** The partner learns which of its accounts were erased since a time: its references and when, nothing else. */
public interface ErasedAccountsQuery {

    Page<ErasedAccount> erasedSince(PartnerId partner, Instant since, PageRequest page);
}
