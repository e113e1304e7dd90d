package io.cockpit.application.port.out.register;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.register.ErasureRecord;

import java.util.List;

/**
 * The erasure ledger: what was erased, from which store, when, why and how many items, with no personal data, so
 * that the operator can show that erasure happened without keeping what was erased.
 */
public interface ErasureLedger {

    void record(ErasureRecord record);

    /** The lines written under one receipt, in the order they were written. */
    List<ErasureRecord> ofReceipt(String receipt);

    /** Every line, newest first. */
    Page<ErasureRecord> list(PageRequest page);
}
