package io.cockpit.application.port.out.register;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.register.ErasureRecord;
import io.cockpit.domain.register.StoreKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs against an empty store. */
public abstract class ErasureLedgerContract {

    protected abstract ErasureLedger ledger();

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00.001Z");

    private static ErasureRecord line(String receipt, String category, long items, Instant at) {
        return new ErasureRecord(Optional.ofNullable(receipt), category, StoreKind.RELATIONAL,
                receipt == null ? ErasureReason.RETENTION : ErasureReason.ERASURE_REQUEST, items, at);
    }

    @Test
    void keepsTheLinesOfAReceiptInTheOrderTheyWereWritten() {
        ErasureRecord templates = line("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", "message_templates", 12, T0);
        ErasureRecord sessions = new ErasureRecord(templates.receipt(), "sessions", StoreKind.CACHE,
                ErasureReason.ERASURE_REQUEST, 3, T0);
        ErasureRecord account = line("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", "account", 1, T0.plusMillis(5));
        ledger().record(templates);
        ledger().record(line("0193a1b2-c3d4-7e5f-8a9b-ffffffffffff", "labels", 4, T0));
        ledger().record(sessions);
        ledger().record(account);

        assertThat(ledger().ofReceipt("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"))
                .containsExactly(templates, sessions, account);
        assertThat(ledger().ofReceipt("0193a1b2-c3d4-7e5f-8a9b-000000000000")).isEmpty();
    }

    @Test
    void listsEveryLineNewestFirstInPages() {
        List<ErasureRecord> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ErasureRecord record = line(null, "sessions", i, T0.plusSeconds(i / 2));
            written.add(record);
            ledger().record(record);
        }
        Page<ErasureRecord> first = ledger().list(new PageRequest(3, Optional.empty()));
        assertThat(first.items()).containsExactly(written.get(4), written.get(3), written.get(2));
        Page<ErasureRecord> second = ledger().list(new PageRequest(3, first.next()));
        assertThat(second.items()).containsExactly(written.get(1), written.get(0));
        assertThat(second.next()).isEmpty();
    }
}
