package io.cockpit.bootstrap;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Work a request hands off so that its answer does not wait for it (a password reset request's lookup and mail).
 * One thread and a bounded queue: when it is full the work is dropped with a warning, as the user can ask again.
 */
final class DeferredWork {

    static final int CAPACITY = 10_000;

    private DeferredWork() {
    }

    static ExecutorService start() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(CAPACITY),
                Thread.ofPlatform().daemon().name("cockpit-deferred").factory(),
                (work, executor) -> System.getLogger(DeferredWork.class.getName()).log(System.Logger.Level.WARNING,
                        "deferred work dropped: its queue is full (" + CAPACITY + ")"));
    }
}
