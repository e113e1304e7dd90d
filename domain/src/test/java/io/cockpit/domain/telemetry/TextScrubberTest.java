package io.cockpit.domain.telemetry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextScrubberTest {

    private final TextScrubber generic = TextScrubber.generic();
    private final TextScrubber jana = TextScrubber.knowing(List.of("Jana Schmidt-Weber", "jana.schmidt@example.com",
            "01937f4c-8a2b-7c3d-9e4f-5a6b7c8d9e0f"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "mail to jana.schmidt@example.com failed|mail to [email] failed",
            "Duplicate entry 'JANA+crm@Example.CO.UK' for key|Duplicate entry '[email]' for key",
            "/v1/operator/accounts?email=jana%40example.com|/v1/operator/accounts?[query]",
            "a@b.de and c.d@e-f.org|[email] and [email]",
            "user=jana%40example.com|user=[email]"})
    void removesEmailAddresses(String text, String scrubbed) {
        assertThat(generic.scrub(text)).isEqualTo(scrubbed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "client 203.0.113.7 blocked|client [ip] blocked",
            "from 10.0.0.1.|from [ip].",
            "connect to 127.0.0.1:3306 refused|connect to [ip]:3306 refused",
            "255.255.255.255|[ip]",
            "peer 2001:db8::8a2e:370:7334 reset|peer [ip] reset",
            "[::1]:8080|[[ip]]:8080",
            "fe80::1%eth0 down|[ip] down",
            "2001:0db8:0000:0000:0000:ff00:0042:8329|[ip]",
            "mapped ::ffff:192.0.2.128 here|mapped [ip] here",
            "fe80:: link|[ip] link"})
    void removesIpAddresses(String text, String scrubbed) {
        assertThat(generic.scrub(text)).isEqualTo(scrubbed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"at 10:15:30.007 UTC", "version 1.2.3", "Foo.java:42", "std::string", "sha 0a1b2c3d",
            "java.lang.IllegalStateException: no such template", "1.2.3.4.5 is a version", "ratio 3:4",
            "2026-11-29T10:15:30Z", "GET /v1/me 500", "account.not_found"})
    void leavesHarmlessTextAlone(String text) {
        assertThat(generic.scrub(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "session ses_Ab3dEf6hIj9kLm token|session [token] token",
            "act_4f2a9c8b7e6d5c4b3a2f1e0d used|[token] used",
            "link https://app.example/password-reset#token=rst_x1y2z3w4v5|link https://app.example/password-reset#[removed]",
            "key ckp_e2e_0123456789abcdef|key [token]",
            "operator cko_QWERTYUIOPasdfgh|operator [token]",
            "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.x|Authorization: [removed] [token]",
            "header bearer abcdefgh12345678 sent|header bearer [token] sent",
            "password=correct horse|password=[removed] horse",
            "{\"password\": \"s3cret!\"}|{\"password\": [removed]}",
            "api_key=phc_abcdef123456&x=1|api_key=[removed]&x=1",
            "Cookie: __Host-cockpit_session=ses_abcdefgh12|Cookie: [removed]"})
    void removesTokensAndSecrets(String text, String scrubbed) {
        assertThat(generic.scrub(text)).isEqualTo(scrubbed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "at /home/jana/projects/cockpit/Main.java|at /home/[user]/projects/cockpit/Main.java",
            "file /Users/jana.schmidt/Library/x.log|file /Users/[user]/Library/x.log",
            "C:\\Users\\jana\\AppData\\Local\\app.log|C:\\Users\\[user]\\AppData\\Local\\app.log",
            "c:/users/Jana/Desktop|c:/users/[user]/Desktop",
            "C:\\\\Users\\\\jana\\\\x|C:\\\\Users\\\\[user]\\\\x",
            "D:\\Documents and Settings\\olaf\\a|D:\\Documents and Settings\\[user]\\a"})
    void removesUserNamesInFilePaths(String text, String scrubbed) {
        assertThat(generic.scrub(text)).isEqualTo(scrubbed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "GET https://app.example/v1/me?name=Jana&x=1 failed|GET https://app.example/v1/me?[query] failed",
            "path /v1/operator/accounts?email=x failed|path /v1/operator/accounts?[query] failed",
            "https://app.example/x?a=b#frag|https://app.example/x?[query]#[removed]",
            "what? nothing|what? nothing"})
    void removesQueryStringsAndFragments(String text, String scrubbed) {
        assertThat(generic.scrub(text)).isEqualTo(scrubbed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no template for Jana Schmidt-Weber|no template for [personal]",
            "hello jana, bye SCHMIDT|hello [personal], bye [personal]",
            "Weber wrote|[personal] wrote",
            "user 01937f4c-8a2b-7c3d-9e4f-5a6b7c8d9e0f failed|user [personal] failed",
            "Janaina and Schmidtke stay|Janaina and Schmidtke stay"})
    void removesTheCurrentUsersValues(String text, String scrubbed) {
        assertThat(jana.scrub(text)).isEqualTo(scrubbed);
    }

    @Test
    void nameParticlesAndShortPartsAreNotRemovedOnTheirOwn() {
        TextScrubber scrubber = TextScrubber.knowing(List.of("Ed von Li"));

        assertThat(scrubber.scrub("von Ed and Li")).isEqualTo("von Ed and Li");
        assertThat(scrubber.scrub("by Ed von Li")).isEqualTo("by [personal]");
    }

    @Test
    void scrubbingTwiceChangesNothingMore() {
        String text = "jana.schmidt@example.com from 203.0.113.7 at /home/jana/x?y=z with ses_abcdefghij "
                + "Bearer abcdefghijkl password=x Cookie: a=b 2001:db8::1 C:\\Users\\jana\\x Jana Schmidt-Weber";
        String once = jana.scrub(text);

        assertThat(jana.scrub(once)).isEqualTo(once);
        assertThat(once).doesNotContainIgnoringCase("jana").doesNotContain("203.0.113.7", "ses_", "abcdefghijkl",
                "2001:db8", "schmidt", "Weber");
    }

    @Test
    void emptyAndNullStayAsTheyAre() {
        assertThat(generic.scrub("")).isEmpty();
        assertThat(generic.scrub(null)).isNull();
        assertThat(TextScrubber.knowing(List.of("", "  ")).scrub("a b")).isEqualTo("a b");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2001:db8::1|true", "::1|true", "fe80::|true", "1:2:3:4:5:6:7:8|true",
            "::|false", "10:15:30|false", "a::b::c|false", "12345::1|false", "1:2:3:4:5:6:7|false"})
    void knowsAnIpv6AddressWhenItSeesOne(String candidate, boolean address) {
        assertThat(TextScrubber.isIpv6(candidate)).isEqualTo(address);
    }
}
