package io.cockpit.adapters.http.problem;

import io.cockpit.adapters.http.contract.FieldViolation;
import io.cockpit.adapters.http.json.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON body of a problem (schema Problem in openapi.yaml): RFC 9457 members, code, errors, extensions. */
public final class ProblemDocument {

    private ProblemDocument() {
    }

    public static byte[] render(ProblemException problem, String instance, Map<String, Object> extensions) {
        String code = problem.code();
        String detail = problem.detail();
        List<FieldViolation> errors = problem.errors();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "/problems/" + code);
        body.put("title", problem.title());
        body.put("status", problem.status());
        if (detail != null) {
            body.put("detail", detail);
        }
        if (instance != null) {
            body.put("instance", instance);
        }
        body.put("code", code);
        if (!errors.isEmpty()) {
            body.put("errors", errors.stream().map(error -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("in", error.in());
                entry.put("pointer", error.pointer());
                entry.put("code", error.code());
                entry.put("message", error.message());
                if (error.position() != null) {
                    entry.put("position", error.position());
                }
                return entry;
            }).toList());
        }
        extensions.forEach(body::putIfAbsent);
        return Json.bytes(body);
    }
}
