package io.cockpit.adapters.http.website;

import io.cockpit.adapters.http.pipeline.BodyCutOff;
import io.cockpit.adapters.http.pipeline.BodyDeadline;
import io.cockpit.adapters.http.pipeline.ReadWatchdog;
import io.cockpit.adapters.http.problem.Problems;
import io.cockpit.domain.website.ApplicationDocument;
import io.cockpit.domain.website.WebsiteErrors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads an uploaded document's body: never more than 10 MiB and one byte (a body that grows past the limit, sent
 * chunked, stops there with 413), and never more than a few documents' bytes at a time for all uploads together, so
 * that uploads hold a bounded amount of memory. The budget is taken step by step as the bytes arrive (64 KiB before
 * each step is read) and given back once the document is stored: a body that stalls holds what it sent, not a whole
 * document's place. A request that finds the budget spent for a while gets 503 and may retry. Each step must arrive
 * within {@link #STEP_TIME}: a body that stalls longer is cut off ({@link ReadWatchdog}) and gives its share back.
 */
final class DocumentBody {

    /** Whole documents the budget holds. */
    static final int CONCURRENT_UPLOADS = 4;
    static final Duration WAIT = Duration.ofSeconds(10);
    /** A document's body may take this long from the request's start (10 MiB at 140 kbit/s), if the deadline is less. */
    static final Duration UPLOAD_TIME = Duration.ofMinutes(10);
    static final int STEP = 64 * 1024;
    /** The longest wait for one step's bytes (64 KiB in 30 s: about 2 KiB/s at least). */
    static final Duration STEP_TIME = Duration.ofSeconds(30);
    /** The steps of one document, and the one more that finds a body too large. */
    static final int STEPS_PER_DOCUMENT = ApplicationDocument.MAX_BYTES / STEP + 1;

    private final Semaphore steps;
    private final Duration wait;
    private final Duration stepTime;

    DocumentBody() {
        this(CONCURRENT_UPLOADS, WAIT, STEP_TIME);
    }

    /** A budget of {@code documents} whole documents. */
    DocumentBody(int documents, Duration wait, Duration stepTime) {
        this.steps = new Semaphore(documents * STEPS_PER_DOCUMENT, true);
        this.wait = wait;
        this.stepTime = stepTime;
    }

    /** Reads the body (bounded) and hands it to {@code store} while holding its bytes in the budget. */
    <T> T read(InputStream body, Function<byte[], T> store) {
        int held = 0;
        try (InputStream in = BodyDeadline.guard(body, UPLOAD_TIME)) {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            byte[] step = new byte[STEP];
            int read;
            do {
                take();
                held++;
                read = timed(in, step);
                content.write(step, 0, read);
                if (content.size() > ApplicationDocument.MAX_BYTES) {
                    throw WebsiteErrors.documentTooLarge();
                }
            } while (read == STEP);
            return store.apply(content.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            steps.release(held);
        }
    }

    /** One step's bytes; cut off when they do not arrive within the step's time. */
    private int timed(InputStream in, byte[] step) throws IOException {
        return ReadWatchdog.within(stepTime, () -> in.readNBytes(step, 0, STEP)).orElseThrow(BodyCutOff::new);
    }

    private void take() {
        try {
            if (!steps.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw Problems.unavailable();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problems.unavailable();
        }
    }
}
