package io.cockpit.adapters.http.handler;

import io.cockpit.adapters.http.json.Json;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON response before it is sent: status, headers, body already serialised (so it can be recorded). */
public record JsonReply(int status, Map<String, String> headers, byte[] body) {

    public JsonReply {
        headers = Map.copyOf(headers);
    }

    public static JsonReply of(int status, Object body) {
        return new JsonReply(status, Map.of(), Json.bytes(body));
    }

    public JsonReply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new JsonReply(status, more, body);
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }

    public void send(ServerResponse response) {
        response.status(Status.create(status));
        headers.forEach(response::header);
        response.header(HeaderNames.CONTENT_TYPE, Json.MEDIA_TYPE);
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send(body);
    }
}
