package io.cockpit.adapters.http.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoneSurrogatesTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void pairedSurrogatesAndOtherTextAreUnicode() throws Exception {
        assertThat(LoneSurrogates.find(json("{\"name\":\"J\\u00fcrgen \\ud83d\\udc69\",\"list\":[\"\\ud835\\udd18\",1]}")))
                .isEmpty();
    }

    @Test
    void aLoneHighOrLowSurrogateIsFoundWithItsPointer() throws Exception {
        assertThat(LoneSurrogates.find(json("{\"name\":\"ok\",\"message\":\"a\\ud800\"}"))).contains("/message");
        assertThat(LoneSurrogates.find(json("{\"a\":{\"b/c\":[\"x\",\"\\udc00y\"]}}"))).contains("/a/b~1c/1");
        assertThat(LoneSurrogates.find(json("\"\\ud83d\"")) ).contains("/");
        assertThat(LoneSurrogates.find(json("{\"tail\":\"\\udc69\\ud83d\"}"))).as("reversed pair").contains("/tail");
    }

    @Test
    void aBrokenFieldNameIsReportedAtItsObjectWithoutEchoingIt() throws Exception {
        assertThat(LoneSurrogates.find(json("{\"outer\":{\"\\ud800\":1}}"))).contains("/outer");
        assertThat(LoneSurrogates.find(json("{\"\\udfff\":1}"))).contains("/");
    }
}
