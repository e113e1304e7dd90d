package io.cockpit.application.service.linkedin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Runs a few tasks side by side: the last on the caller's thread, each other one on {@code alongside} while one of
 * {@code most} permits (shared by all callers) is free, else on the caller's thread after its own. So the tasks
 * running alongside never take more than {@code most} of the connections they use, however many callers there are.
 * A failure is thrown as it was, the caller's own first; tasks already running alongside then run to their end.
 */
final class SideBySide {

    private final Executor alongside;
    private final Semaphore permits;

    SideBySide(Executor alongside, int most) {
        if (most < 0) {
            throw new IllegalArgumentException("at most a number of tasks alongside, 0 or more");
        }
        this.alongside = alongside;
        this.permits = new Semaphore(most);
    }

    /** Every task's result, in the tasks' order. */
    <T> List<T> all(List<Supplier<T>> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        // each other task's result: joined from alongside, or the task itself when it got no permit
        List<Supplier<T>> others = new ArrayList<>();
        for (Supplier<T> task : tasks.subList(0, tasks.size() - 1)) {
            CompletableFuture<T> aside = permits.tryAcquire() ? submitted(task) : null;
            others.add(aside == null ? task : () -> joined(aside));
        }
        T own = tasks.getLast().get();
        List<T> results = new ArrayList<>();
        for (Supplier<T> other : others) {
            results.add(other.get());
        }
        results.add(own);
        return results;
    }

    int freePermits() {
        return permits.availablePermits();
    }

    /** The task on {@code alongside}, which gives the permit back when it ends; null when it would not take it. */
    private <T> CompletableFuture<T> submitted(Supplier<T> task) {
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return task.get();
                } finally {
                    permits.release();
                }
            }, alongside);
        } catch (RejectedExecutionException shutDown) {
            permits.release();
            return null;
        }
    }

    private static <T> T joined(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
