package io.cockpit.application.testing.fakes;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ErasureLedger;
import io.cockpit.domain.register.ErasureRecord;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

public final class FakeErasureLedger implements ErasureLedger {

    private record Line(long id, ErasureRecord record) {
    }

    private final AtomicLong autoIncrement = new AtomicLong();
    private final FakeTable<Line> lines;

    public FakeErasureLedger(FakeDatabase database) {
        this.lines = database.table("erasure_ledger", Line::id, List.of());
    }

    @Override
    public void record(ErasureRecord record) {
        lines.insert(new Line(autoIncrement.incrementAndGet(), new ErasureRecord(record.receipt(), record.category(),
                record.store(), record.reason(), record.items(), StoredTime.of(record.erasedAt()))));
    }

    @Override
    public List<ErasureRecord> ofReceipt(String receipt) {
        return lines.select(line -> line.record().receipt().filter(receipt::equals).isPresent()).stream()
                .sorted(Comparator.comparingLong(Line::id)).map(Line::record).toList();
    }

    @Override
    public Page<ErasureRecord> list(PageRequest page) {
        return Keyset.newestFirstNumbered(lines.select(line -> true), page, line -> line.record().erasedAt(),
                Line::id).map(Line::record);
    }
}
