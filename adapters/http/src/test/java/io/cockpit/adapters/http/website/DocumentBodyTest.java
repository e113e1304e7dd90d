package io.cockpit.adapters.http.website;

import io.cockpit.adapters.http.pipeline.BodyCutOff;
import io.cockpit.adapters.http.problem.ProblemException;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;
import io.cockpit.domain.website.ApplicationDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentBodyTest {

    /** A body of {@code size} bytes that never exists in memory as a whole. */
    private static InputStream endless(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                left -= n;
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                return n;
            }
        };
    }

    @Test
    void readsTenMebibytesAndStopsOneByteLater() {
        DocumentBody body = new DocumentBody();

        int read = body.read(endless(ApplicationDocument.MAX_BYTES), content -> content.length);

        assertThat(read).isEqualTo(ApplicationDocument.MAX_BYTES);
        assertThatThrownBy(() -> body.read(endless(Long.MAX_VALUE), content -> content.length))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).error()).isEqualTo(ErrorCode.APPLICATION_DOCUMENT_TOO_LARGE);
    }

    @Test
    void whenTheBudgetIsSpentTheNextUploadWaitsThenGets503() throws InterruptedException {
        DocumentBody body = new DocumentBody(1, Duration.ofMillis(100), Duration.ofSeconds(30));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = Thread.ofPlatform().start(() -> body.read(endless(ApplicationDocument.MAX_BYTES), content -> {
            holding.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return content.length;
        }));
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> body.read(new ByteArrayInputStream(new byte[]{2}), content -> content.length))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(503));

        release.countDown();
        first.join();
        int afterwards = body.read(new ByteArrayInputStream(new byte[]{3}), content -> content.length);
        assertThat(afterwards).isEqualTo(1);
    }

    /** Found by attack: four bodies that sent five bytes and stopped took every place, for ten minutes. */
    @Test
    void stalledBodiesHoldOnlyWhatTheySentAndOthersGoOn() throws InterruptedException {
        DocumentBody body = new DocumentBody(4, Duration.ofMillis(200), Duration.ofSeconds(30));
        CountDownLatch resume = new CountDownLatch(1);
        CountDownLatch stalled = new CountDownLatch(8);
        java.util.List<Thread> stalling = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            stalling.add(Thread.ofPlatform().start(() -> body.read(new InputStream() {
                private int sent;

                @Override
                public int read() {
                    if (sent < 5) {
                        sent++;
                        return '%';
                    }
                    stalled.countDown();
                    try {
                        resume.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return -1;
                }
            }, content -> content.length)));
        }
        assertThat(stalled.await(5, TimeUnit.SECONDS)).isTrue();

        int whole = body.read(endless(ApplicationDocument.MAX_BYTES), content -> content.length);

        assertThat(whole).isEqualTo(ApplicationDocument.MAX_BYTES);
        resume.countDown();
        for (Thread thread : stalling) {
            thread.join();
        }
    }

    /** Found by attack: five bodies sent almost whole, then nothing, held the whole budget until their clients left. */
    @Test
    void aStepThatDoesNotArriveInTimeCutsTheUploadOffAndGivesTheBudgetBack() throws InterruptedException {
        DocumentBody body = new DocumentBody(1, Duration.ofMillis(200), Duration.ofMillis(300));
        java.util.concurrent.atomic.AtomicReference<Throwable> ended = new java.util.concurrent.atomic.AtomicReference<>();
        InputStream stallsAfterNineMebibytes = new InputStream() {
            private final InputStream first = endless(9L * 1024 * 1024);

            @Override
            public int read() throws java.io.IOException {
                int next = first.read();
                if (next >= 0) {
                    return next;
                }
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException("socket closed");
                }
                return -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
                int n = first.read(buffer, offset, length);
                return n >= 0 ? n : read() < 0 ? -1 : 1;
            }
        };
        Thread stalled = Thread.ofVirtual().start(() -> {
            try {
                body.read(stallsAfterNineMebibytes, content -> content.length);
            } catch (RuntimeException e) {
                ended.set(e);
            }
        });
        stalled.join(5_000);

        assertThat(ended.get()).isInstanceOf(BodyCutOff.class);
        int whole = body.read(endless(ApplicationDocument.MAX_BYTES), content -> content.length);
        assertThat(whole).as("the budget is back").isEqualTo(ApplicationDocument.MAX_BYTES);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
}
