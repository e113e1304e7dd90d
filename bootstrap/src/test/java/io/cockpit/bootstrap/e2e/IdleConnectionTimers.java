package io.cockpit.bootstrap.e2e;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Helidon 4.5's web server starts a {@code java.util.Timer} per server for its idle connections and never cancels it
 * (helidon-io/helidon#11939, fixed in later releases): the timer's task holds the stopped server's listener, router
 * and every handler behind it, so a test JVM that starts a server per test kept each of them and ran out of heap.
 * A production node starts one server and never needs this. Tests stop the timers of servers they stopped, doing
 * what {@code Timer.cancel()} does (the surefire JVM opens {@code java.util} for it).
 */
final class IdleConnectionTimers {

    private static final String NAME = "helidon-idle-connection-timer";

    private IdleConnectionTimers() {
    }

    /** The idle-connection timer threads alive now. */
    static Set<Thread> alive() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(NAME) && thread.isAlive())
                .collect(Collectors.toSet());
    }

    /** Stops every idle-connection timer thread except {@code kept} (those of servers still serving). */
    static void stopAllBut(Set<Thread> kept) {
        for (Thread timer : alive()) {
            if (!kept.contains(timer)) {
                stop(timer);
            }
        }
    }

    private static void stop(Thread timer) {
        try {
            Field queueField = timer.getClass().getDeclaredField("queue");
            queueField.setAccessible(true);
            Object queue = queueField.get(timer);
            Field mayBeScheduled = timer.getClass().getDeclaredField("newTasksMayBeScheduled");
            mayBeScheduled.setAccessible(true);
            Method clear = queue.getClass().getDeclaredMethod("clear");
            clear.setAccessible(true);
            synchronized (queue) {
                mayBeScheduled.setBoolean(timer, false);
                clear.invoke(queue);
                queue.notifyAll();
            }
        } catch (ReflectiveOperationException | RuntimeException notPossible) {
            throw new IllegalStateException("cannot stop Helidon's idle-connection timer " + timer
                    + " (surefire must run with --add-opens java.base/java.util=ALL-UNNAMED)", notPossible);
        }
    }
}
