package io.cockpit.application.service.register;

import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.register.StoreKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of an erasure: a store's share of a category, erased in batches ({@link #erase} says how many it erased,
 * 0 when nothing of the user is left there). The ledger gets one line per step. A {@link #sweep} runs a store once
 * more, for what was written to it after the store's first step (see {@code ErasureService}): it has a ledger line
 * only when it found something.
 */
public record ErasureStep(String category, StoreKind store, Eraser eraser, boolean sweep) {

    /** Erases up to {@code limit} items of the user; how many. */
    @FunctionalInterface
    public interface Eraser {
        int erase(UserId user, int limit);
    }

    public ErasureStep {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(eraser, "eraser");
    }

    public ErasureStep(String category, StoreKind store, Eraser eraser) {
        this(category, store, eraser, false);
    }

    public static ErasureStep of(PersonalDataStore store) {
        return new ErasureStep(store.category(), store.kind(), store::erase);
    }

    /** The same store once more (see the class comment). */
    public ErasureStep again() {
        return new ErasureStep(category, store, eraser, true);
    }

    public int erase(UserId user, int limit) {
        return eraser.erase(user, limit);
    }

    /**
     * Each step's name, as an erasure in progress stores where it stopped: category, store kind, {@code again} for a
     * sweep, and {@code #2}, {@code #3} for the second and third step of the same (two stores of one kind).
     */
    public static List<String> names(List<ErasureStep> steps) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (ErasureStep step : steps) {
            String base = step.category() + "/" + step.store().wireName() + (step.sweep() ? "/again" : "");
            int nth = seen.merge(base, 1, Integer::sum);
            names.add(nth == 1 ? base : base + "#" + nth);
        }
        return List.copyOf(names);
    }

    /** A short hash of the steps' names in their order: the same for builds with the same steps. */
    public static String hash(List<String> names) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", names).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
