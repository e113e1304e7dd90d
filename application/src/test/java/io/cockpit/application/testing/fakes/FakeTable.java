package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.application.testing.fakes.FakeDatabase.RowLock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A table of immutable rows in a {@link FakeDatabase}, with a primary key and unique keys. Reads see the committed
 * rows and the calling transaction's own writes; writes lock what they touch (see {@link FakeDatabase}).
 */
public final class FakeTable<R> {

    private static final String PRIMARY = "PRIMARY";

    private final FakeDatabase database;
    private final String name;
    private final Function<R, ?> primaryKey;
    private final List<UniqueKey<R>> uniqueKeys;
    private final Map<Object, R> committed = new LinkedHashMap<>();
    private final Map<UnitOfWork, Map<Object, Optional<R>>> uncommitted = new HashMap<>();

    FakeTable(FakeDatabase database, String name, Function<R, ?> primaryKey, List<UniqueKey<R>> uniqueKeys) {
        this.database = database;
        this.name = Objects.requireNonNull(name, "name");
        this.primaryKey = Objects.requireNonNull(primaryKey, "primaryKey");
        this.uniqueKeys = List.copyOf(uniqueKeys);
    }

    public Optional<R> find(Object key) {
        return database.read(work -> visible(work, key));
    }

    /** The rows that match, in the order they were first inserted. */
    public List<R> select(Predicate<? super R> where) {
        return database.read(work -> view(work).values().stream().filter(where).toList());
    }

    /** @throws UniquenessViolation if the primary key or a unique value is taken */
    public void insert(R row) {
        database.write(work -> {
            Object key = primaryKey.apply(row);
            List<RowLock> locks = new ArrayList<>(List.of(rowLock(key)));
            locks.addAll(uniqueLocks(row));
            database.lock(work, locks);
            if (visible(work, key).isPresent()) {
                throw new UniquenessViolation(UniquenessViolation.Rule.IDENTIFIER, null);
            }
            requireUnique(work, key, row);
            put(work, key, Optional.of(row));
            return null;
        });
    }

    /**
     * Inserts the row, or replaces the one with its primary key, as {@code INSERT ... ON DUPLICATE KEY UPDATE} does:
     * writers of one key at once store one row, the last one's, and none of them meets the key taken.
     */
    public void upsert(R row) {
        Object key = primaryKey.apply(row);
        database.atomically(() -> {
            lock(key);
            if (update(key, any -> true, any -> row).isEmpty()) {
                insert(row);
            }
            return null;
        });
    }

    /**
     * Changes the row with this primary key if it meets {@code condition} (read after any concurrent writer of the row
     * has finished, as an {@code UPDATE ... WHERE} does).
     *
     * @return the row as changed; empty if there is no such row or it does not meet the condition
     * @throws UniquenessViolation if the change takes a unique value another row has
     */
    public Optional<R> update(Object key, Predicate<? super R> condition, UnaryOperator<R> change) {
        return database.write(work -> {
            database.lock(work, List.of(rowLock(key)));
            Optional<R> found = visible(work, key).filter(condition);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            R changed = change.apply(found.get());
            if (!key.equals(primaryKey.apply(changed))) {
                throw new IllegalArgumentException(name + ": an update keeps the primary key");
            }
            List<RowLock> locks = new ArrayList<>(uniqueLocks(found.get()));
            locks.addAll(uniqueLocks(changed));
            database.lock(work, locks);
            requireUnique(work, key, changed);
            put(work, key, Optional.of(changed));
            return Optional.of(changed);
        });
    }

    /**
     * Locks this primary key, whether or not a row has it, until the transaction ends (as {@code SELECT ... FOR UPDATE}
     * does): a concurrent transaction that locks or writes it waits.
     */
    public void lock(Object key) {
        database.write(work -> {
            database.lock(work, List.of(rowLock(key)));
            return null;
        });
    }

    /** Deletes the row with this primary key if it meets {@code condition}; the deleted row. */
    public Optional<R> delete(Object key, Predicate<? super R> condition) {
        return database.write(work -> deleteRow(work, key, condition));
    }

    /** Deletes every row that matches; the deleted rows. */
    public List<R> deleteWhere(Predicate<? super R> where) {
        return database.write(work -> {
            List<Object> keys = view(work).values().stream().filter(where).<Object>map(primaryKey).toList();
            List<R> deleted = new ArrayList<>();
            for (Object key : keys) {
                deleteRow(work, key, where).ifPresent(deleted::add);
            }
            return deleted;
        });
    }

    /**
     * Deletes up to {@code limit} rows that match, the first ones by {@code order} (as the SQL adapters select the
     * keys of a batch, then delete them); the deleted rows.
     */
    public List<R> deleteFirst(Predicate<? super R> where, Comparator<? super R> order, int limit) {
        return database.write(work -> {
            List<Object> keys = view(work).values().stream().filter(where).sorted(order).limit(limit)
                    .<Object>map(primaryKey).toList();
            List<R> deleted = new ArrayList<>();
            for (Object key : keys) {
                deleteRow(work, key, where).ifPresent(deleted::add);
            }
            return deleted;
        });
    }

    private Optional<R> deleteRow(UnitOfWork work, Object key, Predicate<? super R> condition) {
        database.lock(work, List.of(rowLock(key)));
        Optional<R> found = visible(work, key).filter(condition);
        found.ifPresent(row -> {
            database.lock(work, uniqueLocks(row));
            put(work, key, Optional.empty());
        });
        return found;
    }

    /** Makes the transaction's writes the committed rows, or drops them. */
    void end(UnitOfWork work, boolean commit) {
        Map<Object, Optional<R>> writes = uncommitted.remove(work);
        if (commit && writes != null) {
            writes.forEach((key, row) -> row.ifPresentOrElse(r -> committed.put(key, r), () -> committed.remove(key)));
        }
    }

    private Optional<R> visible(UnitOfWork work, Object key) {
        Map<Object, Optional<R>> own = work == null ? null : uncommitted.get(work);
        if (own != null && own.containsKey(key)) {
            return own.get(key);
        }
        return Optional.ofNullable(committed.get(key));
    }

    private Map<Object, R> view(UnitOfWork work) {
        Map<Object, Optional<R>> own = work == null ? null : uncommitted.get(work);
        if (own == null) {
            return committed;
        }
        Map<Object, R> merged = new LinkedHashMap<>(committed);
        own.forEach((key, row) -> row.ifPresentOrElse(r -> merged.put(key, r), () -> merged.remove(key)));
        return merged;
    }

    private void requireUnique(UnitOfWork work, Object key, R row) {
        for (UniqueKey<R> uniqueKey : uniqueKeys) {
            Object value = uniqueKey.value().apply(row);
            boolean taken = view(work).values().stream().anyMatch(other ->
                    !key.equals(primaryKey.apply(other)) && value.equals(uniqueKey.value().apply(other)));
            if (taken) {
                throw new UniquenessViolation(uniqueKey.rule(), null);
            }
        }
    }

    private void put(UnitOfWork work, Object key, Optional<R> row) {
        uncommitted.computeIfAbsent(work, w -> new LinkedHashMap<>()).put(key, row);
        work.written.add(this);
    }

    private RowLock rowLock(Object key) {
        return new RowLock(this, PRIMARY, key);
    }

    private List<RowLock> uniqueLocks(R row) {
        return uniqueKeys.stream().map(uniqueKey -> new RowLock(this, uniqueKey.name(), uniqueKey.value().apply(row)))
                .toList();
    }

    @Override
    public String toString() {
        return name;
    }
}
