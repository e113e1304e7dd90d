package io.cockpit.application.testing.fakes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One transaction of the {@link FakeDatabase}: the tables it wrote, the keys it locked, what runs after its commit. */
final class UnitOfWork {

    final Set<FakeTable<?>> written = new LinkedHashSet<>();
    final Set<FakeDatabase.RowLock> locks = new HashSet<>();
    final List<Runnable> afterCommit = new ArrayList<>();
}
