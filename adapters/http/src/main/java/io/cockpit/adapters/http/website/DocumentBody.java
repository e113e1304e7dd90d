package io.cockpit.adapters.http.website;

import io.cockpit.adapters.http.pipeline.BodyDeadline;
import io.cockpit.adapters.http.problem.Problems;
import io.cockpit.domain.website.ApplicationDocument;
import io.cockpit.domain.website.WebsiteErrors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads an uploaded document's body: never more than 10 MiB and one byte (a body that grows past the limit, sent
 * chunked, stops there with 413), and only a few at a time, so that uploads hold at most that many documents in
 * memory. A request that finds every place taken for a while gets 503 and may retry.
 */
final class DocumentBody {

    static final int CONCURRENT_UPLOADS = 4;
    static final Duration WAIT = Duration.ofSeconds(10);
    /** A document's body may take this long from the request's start (10 MiB at 140 kbit/s), if the deadline is less. */
    static final Duration UPLOAD_TIME = Duration.ofMinutes(10);

    private final Semaphore places;
    private final Duration wait;

    DocumentBody() {
        this(CONCURRENT_UPLOADS, WAIT);
    }

    DocumentBody(int places, Duration wait) {
        this.places = new Semaphore(places, true);
        this.wait = wait;
    }

    /** Reads the body (bounded) and hands it to {@code store} while holding a place. */
    <T> T read(InputStream body, Function<byte[], T> store) {
        try {
            if (!places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw Problems.unavailable();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problems.unavailable();
        }
        try {
            return store.apply(bounded(body));
        } finally {
            places.release();
        }
    }

    private static byte[] bounded(InputStream body) {
        try (body) {
            byte[] content = BodyDeadline.guard(body, UPLOAD_TIME).readNBytes(ApplicationDocument.MAX_BYTES + 1);
            if (content.length > ApplicationDocument.MAX_BYTES) {
                throw WebsiteErrors.documentTooLarge();
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
