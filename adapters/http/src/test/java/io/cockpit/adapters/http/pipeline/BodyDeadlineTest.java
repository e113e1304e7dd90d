package io.cockpit.adapters.http.pipeline;

import io.cockpit.adapters.http.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BodyDeadlineTest {

    private static final byte[] BODY = "{\"name\":\"Jana\"}".getBytes();

    @Test
    void aBodyReadInTimeIsReadWhole() {
        byte[][] read = new byte[1][];
        BodyDeadline.during(System.nanoTime(), Duration.ofMinutes(1), () -> read[0] = readAll(BodyDeadline.guard(
                new ByteArrayInputStream(BODY))));

        assertThat(read[0]).isEqualTo(BODY);
    }

    @Test
    void aBodyStillArrivingAfterTheDeadlineIsRefusedWith408() {
        long startedLongAgo = System.nanoTime() - Duration.ofMinutes(3).toNanos();

        BodyDeadline.during(startedLongAgo, Duration.ofMinutes(2), () ->
                assertThatThrownBy(() -> BodyDeadline.guard(new ByteArrayInputStream(BODY)).read())
                        .isInstanceOfSatisfying(ProblemException.class, problem -> {
                            assertThat(problem.status()).isEqualTo(408);
                            assertThat(problem.code()).isEqualTo("request.timeout");
                        }));
    }

    @Test
    void aDocumentMayTakeLongerThanTheDeadline() {
        byte[][] read = new byte[1][];
        long startedThreeMinutesAgo = System.nanoTime() - Duration.ofMinutes(3).toNanos();

        BodyDeadline.during(startedThreeMinutesAgo, Duration.ofMinutes(2), () -> read[0] = readAll(
                BodyDeadline.guard(new ByteArrayInputStream(BODY), Duration.ofMinutes(10))));

        assertThat(read[0]).isEqualTo(BODY);
    }

    @Test
    void outsideARequestAndAfterItTheStreamIsLeftAsItIs() {
        InputStream plain = new ByteArrayInputStream(BODY);
        assertThat(BodyDeadline.guard(plain)).isSameAs(plain);

        BodyDeadline.during(System.nanoTime() - Duration.ofMinutes(3).toNanos(), Duration.ofMinutes(2), () -> { });

        assertThat(BodyDeadline.guard(plain)).isSameAs(plain);
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
