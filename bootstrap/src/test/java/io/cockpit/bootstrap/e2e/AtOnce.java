package io.cockpit.bootstrap.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Requests sent together, released by one gate, for the scenarios that race them. */
final class AtOnce {

    private AtOnce() {
    }

    /** Sends {@code count} requests released together by one gate, and collects the answers in order. */
    static List<ApiResponse> send(int count, IntFunction<ApiResponse> request) {
        CountDownLatch gate = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Future<ApiResponse>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<ApiResponse> call = () -> {
                    gate.await();
                    return request.apply(index);
                };
                answers.add(pool.submit(call));
            }
            gate.countDown();
            List<ApiResponse> collected = new ArrayList<>();
            for (Future<ApiResponse> answer : answers) {
                collected.add(answer.get());
            }
            return collected;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static long withStatus(List<ApiResponse> answers, int status) {
        return answers.stream().filter(answer -> answer.status() == status).count();
    }
}
