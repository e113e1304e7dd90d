package io.cockpit.adapters.sentry;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AppEventAllowListTest {

    @Test
    void aFrameKeepsAScriptsPathAndOnlyTheOriginOfAnythingElse() {
        assertThat(AppEventAllowList.sourceFile("https://app.example/assets/index-3f2a.js?v=2#x"))
                .contains("https://app.example/assets/index-3f2a.js");
        assertThat(AppEventAllowList.sourceFile("https://app.example/contacts/erika-musterfrau-4711"))
                .contains("https://app.example");
        assertThat(AppEventAllowList.sourceFile("https://app.example:8443/contacts/erika?tab=chat"))
                .contains("https://app.example:8443");
        assertThat(AppEventAllowList.sourceFile("webpack:///./src/contacts/Card.vue")).isPresent();
        assertThat(AppEventAllowList.sourceFile("app:///main.MJS")).contains("app:///main.MJS");
        assertThat(AppEventAllowList.sourceFile("<anonymous>")).contains("<anonymous>");
        assertThat(AppEventAllowList.sourceFile("Erika Musterfrau")).isEqualTo(Optional.empty());
    }
}
