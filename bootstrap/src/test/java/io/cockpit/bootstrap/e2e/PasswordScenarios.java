package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cockpit.application.port.out.shared.Mail;
import io.cockpit.application.testing.Race;
import io.cockpit.application.testing.Race.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.cockpit.bootstrap.e2e.Users.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passwords over real HTTP: no takeover by the partner, a forgotten password reset by e-mail (the mail read back from
 * the mail server or the outbox), concurrent changes. Every response is checked against the contract.
 */
abstract class PasswordScenarios extends Scenarios {

    private static final String NEW_PASSWORD = "a much better passphrase 42";
    private static final Pattern LINK = Pattern.compile(
            Pattern.quote(CockpitFixture.WEB_APP + "/password-reset#token=") + "(rst_[A-Za-z0-9_-]{43})");

    private ApiResponse requestReset(String email) {
        return cockpit.anonymous().from(Unique.address()).post("/v1/auth/password-reset",
                "{\"email\":\"" + email + "\"}");
    }

    private ApiResponse confirm(String token, String password) {
        return cockpit.anonymous().from(Unique.address()).post("/v1/auth/password-reset/confirm",
                "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}");
    }

    /** The token in the newest of {@code count} mails to {@code email}. */
    private String tokenMailedTo(String email, int count) {
        List<Mail> mails = cockpit.awaitMailTo(email, count);
        assertThat(mails).hasSize(count);
        Matcher link = LINK.matcher(mails.getLast().text());
        assertThat(link.find()).as("a reset link in the mail").isTrue();
        return link.group(1);
    }

    private ApiResponse signIn(String email, String password) {
        return Users.signIn(cockpit.anonymous().from(Unique.address()), email, password);
    }

    private static ApiResponse changePassword(ApiClient api, String current, String replacement) {
        return api.send("PUT", "/v1/me/password",
                "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + replacement + "\"}",
                Map.of("Content-Type", "application/json"));
    }

    @Test
    void thePartnerCannotIssueAnActivationTokenForAnActivatedAccount() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse refused = cockpit.partner().post("/v1/partner/accounts/" + user.externalId() + "/activation",
                null, Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("account.already_activated");
        assertThat(refused.body()).doesNotContain("act_");
        assertThat(user.api().get("/v1/auth/sessions").status()).isEqualTo(200);
        assertThat(signIn(user.email(), PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void aForgottenPasswordIsResetWithTheLinkFromTheMailAndEverySessionEnds() {
        Users.SignedIn user = Users.signedIn(cockpit);
        ApiResponse laptop = signIn(user.email(), PASSWORD);
        ApiClient laptopApi = cockpit.anonymous().withBearer(laptop.json().path("token").asText());

        ApiResponse accepted = requestReset(user.email());
        String token = tokenMailedTo(user.email(), 1);
        ApiResponse reset = confirm(token, NEW_PASSWORD);

        assertThat(accepted.status()).isEqualTo(202);
        Mail mail = cockpit.mailTo(user.email()).getFirst();
        assertThat(mail.subject()).isEqualTo("Neues Passwort für dein Cockpit");
        assertThat(mail.text()).contains("60 Minuten");
        assertThat(reset.status()).isEqualTo(204);
        assertThat(user.api().get("/v1/auth/sessions").status()).isEqualTo(401);
        assertThat(laptopApi.get("/v1/auth/sessions").status()).isEqualTo(401);
        assertThat(signIn(user.email(), PASSWORD).status()).isEqualTo(401);
        assertThat(signIn(user.email(), NEW_PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void theMailSpeaksTheLanguageOfTheUsersSettings() {
        Users.SignedIn user = Users.signedIn(cockpit);
        assertThat(user.api().put("/v1/me/settings",
                "{\"language\":\"en\",\"timeZone\":\"Europe/Berlin\",\"dailyGoals\":{}}", "*").status()).isEqualTo(200);

        requestReset(user.email());

        Mail mail = cockpit.awaitMailTo(user.email(), 1).getFirst();
        assertThat(mail.subject()).isEqualTo("A new password for your Cockpit");
        assertThat(mail.text()).contains("60 minutes");
    }

    @Test
    void theAnswerIsTheSameForKnownUnknownNeverActivatedAndInvalidAddresses() {
        Users.SignedIn user = Users.signedIn(cockpit);
        Users.Provisioned notActivated = Users.provision(cockpit);

        List<ApiResponse> answers = List.of(requestReset(user.email()), requestReset(Unique.email()),
                requestReset(notActivated.email()), requestReset("not an address"));

        for (ApiResponse answer : answers) {
            assertThat(answer.status()).isEqualTo(202);
            assertThat(answer.body()).isEqualTo(answers.getFirst().body());
            assertThat(answer.headers().keySet()).isEqualTo(answers.getFirst().headers().keySet());
        }
        Mail reminder = cockpit.awaitMailTo(notActivated.email(), 1).getFirst();
        assertThat(reminder.subject()).isEqualTo("Dein Cockpit ist noch nicht aktiviert");
        assertThat(reminder.text()).doesNotContain("rst_", "#token=");
        assertThat(tokenMailedTo(user.email(), 1)).startsWith("rst_");
    }

    @Test
    void theAnswerTakesAboutTheSameTimeWhetherOrNotTheAddressExists() {
        Users.SignedIn user = Users.signedIn(cockpit);
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            requestReset(Unique.email());   // warm-up
        }
        for (int round = 0; round < 9; round++) {
            known.add(timed(() -> requestReset(user.email())));
            unknown.add(timed(() -> requestReset(Unique.email())));
        }

        long knownMedian = median(known);
        long unknownMedian = median(unknown);
        assertThat(Math.abs(knownMedian - unknownMedian)).as("medians %d and %d microseconds", knownMedian,
                unknownMedian).isLessThan(Duration.ofMillis(25).toNanos() / 1000);
    }

    private static long timed(Runnable request) {
        long started = System.nanoTime();
        request.run();
        return (System.nanoTime() - started) / 1000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void theResetLinkWorksOnceAndAnUnknownTokenGetsTheSameAnswer() {
        Users.SignedIn user = Users.signedIn(cockpit);
        requestReset(user.email());
        String token = tokenMailedTo(user.email(), 1);
        assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(204);

        ApiResponse used = confirm(token, "yet another passphrase 43");
        ApiResponse unknown = confirm("rst_" + "x".repeat(43), "yet another passphrase 43");

        assertThat(used.status()).isEqualTo(400);
        assertThat(used.code()).isEqualTo("password_reset.token_invalid");
        assertThat(withoutInstance(unknown.json())).isEqualTo(withoutInstance(used.json()));
        assertThat(signIn(user.email(), NEW_PASSWORD).status()).isEqualTo(201);
    }

    @Test
    @TimeTravel
    void theResetLinkExpiresAfterAnHour() {
        Users.SignedIn user = Users.signedIn(cockpit);
        requestReset(user.email());
        String token = tokenMailedTo(user.email(), 1);

        cockpit.travel(Duration.ofMinutes(61));
        ApiResponse expired = confirm(token, NEW_PASSWORD);

        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.code()).isEqualTo("password_reset.token_invalid");
        assertThat(signIn(user.email(), PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void aNewerLinkReplacesTheOlderOneAndAWeakPasswordKeepsTheLinkWorking() {
        Users.SignedIn user = Users.signedIn(cockpit);
        requestReset(user.email());
        String older = tokenMailedTo(user.email(), 1);
        requestReset(user.email());
        String newer = tokenMailedTo(user.email(), 2);

        ApiResponse weak = confirm(newer, "short");

        assertThat(confirm(older, NEW_PASSWORD).code()).isEqualTo("password_reset.token_invalid");
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.errorPointers()).containsExactly("body:/password");
        assertThat(confirm(newer, NEW_PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void changingThePasswordEndsAPendingResetLink() {
        Users.SignedIn user = Users.signedIn(cockpit);
        requestReset(user.email());
        String token = tokenMailedTo(user.email(), 1);

        assertThat(changePassword(user.api(), PASSWORD, NEW_PASSWORD).status()).isEqualTo(204);
        ApiResponse late = confirm(token, "the attacker's choice 99");

        assertThat(late.status()).isEqualTo(400);
        assertThat(late.code()).isEqualTo("password_reset.token_invalid");
        assertThat(signIn(user.email(), NEW_PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void theTokenAppearsInNoAnswerAndInNoLog() {
        Users.SignedIn user = Users.signedIn(cockpit);
        List<ApiResponse> answers = new ArrayList<>();
        String token;
        List<String> logged;
        try (LogCapture logs = new LogCapture()) {
            answers.add(requestReset(user.email()));
            token = tokenMailedTo(user.email(), 1);
            answers.add(confirm(token, "short"));
            answers.add(confirm(token, NEW_PASSWORD));
            answers.add(confirm(token, NEW_PASSWORD));
            logs.awaitLines("io.cockpit.access", 4);
            logged = logs.lines();
        }

        assertThat(logged).isNotEmpty().noneMatch(line -> line.contains(token))
                .noneMatch(line -> line.contains(token.substring(4, 20)));
        assertThat(answers).extracting(ApiResponse::body).noneMatch(body -> body.contains(token));
        assertThat(answers).extracting(ApiResponse::headers).noneMatch(headers -> headers.toString().contains(token));
        if (cockpit.mode == CockpitFixture.Mode.EMBEDDED) {
            assertThat(logged).anyMatch(line -> line.matches(".*mail written to the outbox: \\S+\\.eml"));
        }
    }

    @Test
    void aNeverActivatedAccountAnswersSignInLikeAWrongPassword() {
        Users.SignedIn activated = Users.signedIn(cockpit);
        Users.Provisioned notActivated = Users.provision(cockpit);

        ApiResponse refused = signIn(notActivated.email(), PASSWORD);
        ApiResponse wrong = signIn(activated.email(), "not the password at all");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("auth.sign_in_failed");
        assertThat(refused.json().path("detail").asText()).contains("activation e-mail");
        assertThat(withoutInstance(refused.json())).isEqualTo(withoutInstance(wrong.json()));
    }

    @Test
    void ofTenConcurrentPasswordChangesExactlyOneWinsAndItsPasswordWorks() throws InterruptedException {
        Users.SignedIn user = Users.signedIn(cockpit);
        AtomicInteger next = new AtomicInteger();

        List<Outcome<String[]>> outcomes = Race.run(10, () -> {
            String mine = "new passphrase number " + next.incrementAndGet();
            return new String[] {mine, changePassword(user.api(), PASSWORD, mine).status() + "",};
        });

        assertThat(outcomes).allMatch(Outcome::succeeded);
        List<String> winners = outcomes.stream().filter(o -> o.value()[1].equals("204")).map(o -> o.value()[0]).toList();
        assertThat(winners).hasSize(1);
        assertThat(outcomes.stream().map(o -> o.value()[1]).filter(status -> !status.equals("204")))
                .hasSize(9).allMatch(status -> status.equals("409") || status.equals("403"));
        for (int i = 1; i <= 10; i++) {
            String tried = "new passphrase number " + i;
            assertThat(signIn(user.email(), tried).status()).as(tried).isEqualTo(tried.equals(winners.getFirst()) ? 201 : 401);
        }
        assertThat(signIn(user.email(), PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void ofTenConcurrentPasswordChangesFromTenDevicesExactlyOneWins() throws InterruptedException {
        Users.SignedIn user = Users.signedIn(cockpit);
        List<ApiClient> devices = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            devices.add(cockpit.anonymous().withBearer(signIn(user.email(), PASSWORD).json().path("token").asText()));
        }
        AtomicInteger next = new AtomicInteger();

        List<Outcome<String[]>> outcomes = Race.run(10, () -> {
            int mine = next.getAndIncrement();
            String password = "new passphrase number " + mine;
            return new String[] {password, changePassword(devices.get(mine), PASSWORD, password).status() + ""};
        });

        List<String> winners = outcomes.stream().filter(o -> o.value()[1].equals("204")).map(o -> o.value()[0]).toList();
        assertThat(winners).hasSize(1);
        assertThat(outcomes.stream().map(o -> o.value()[1]).filter(status -> !status.equals("204")))
                .hasSize(9).allMatch(status -> List.of("409", "401", "403").contains(status));
        assertThat(signIn(user.email(), winners.getFirst()).status()).isEqualTo(201);
        assertThat(signIn(user.email(), PASSWORD).status()).isEqualTo(401);
    }

    private static JsonNode withoutInstance(JsonNode problem) {
        ((ObjectNode) problem).remove("instance");
        return problem;
    }
}
