package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.adapters.http.contract.ApiOperation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Real HTTP against a running Cockpit; every response is checked against the contract before a test sees it. */
final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ContractValidator CONTRACT = new ContractValidator();

    private final String baseUrl;
    private final String listener;
    private final Map<String, String> defaultHeaders;

    ApiClient(String baseUrl, Map<String, String> defaultHeaders) {
        this(baseUrl, ApiOperation.API, defaultHeaders);
    }

    /** @param listener the port {@code baseUrl} names, as the contract's {@code x-cockpit-listener} does */
    ApiClient(String baseUrl, String listener, Map<String, String> defaultHeaders) {
        this.baseUrl = baseUrl;
        this.listener = listener;
        this.defaultHeaders = Map.copyOf(defaultHeaders);
    }

    ApiClient withBearer(String token) {
        Map<String, String> headers = new LinkedHashMap<>(defaultHeaders);
        headers.put("Authorization", "Bearer " + token);
        return new ApiClient(baseUrl, listener, headers);
    }

    /** Requests as if from {@code address}, behind the trusted proxy on loopback. */
    ApiClient from(String address) {
        return withHeader("X-Forwarded-For", address);
    }

    ApiClient withHeader(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(defaultHeaders);
        headers.put(name, value);
        return new ApiClient(baseUrl, listener, headers);
    }

    ApiClient anonymous() {
        Map<String, String> headers = new LinkedHashMap<>(defaultHeaders);
        headers.remove("Authorization");
        return new ApiClient(baseUrl, listener, headers);
    }

    ApiResponse get(String path) {
        return send("GET", path, null, Map.of());
    }

    ApiResponse head(String path) {
        return send("HEAD", path, null, Map.of());
    }

    /** Every page of a cursor-paged list, {@code limit} items each, following {@code nextCursor}; each one a 200. */
    List<JsonNode> pages(String path, int limit) {
        List<JsonNode> pages = new ArrayList<>();
        String next = path + "?limit=" + limit;
        while (next != null) {
            ApiResponse page = get(next);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            pages.add(page.json());
            JsonNode cursor = page.json().path("nextCursor");
            next = cursor.isTextual() ? path + "?limit=" + limit + "&cursor=" + cursor.asText() : null;
        }
        return pages;
    }

    ApiResponse post(String path, String json) {
        return send("POST", path, json, Map.of("Content-Type", "application/json"));
    }

    ApiResponse post(String path, String json, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(Map.of("Content-Type", "application/json"));
        all.putAll(headers);
        return send("POST", path, json, all);
    }

    /** A replacement, based on the version named by {@code ifMatch} (null: no If-Match header). */
    ApiResponse put(String path, String json, String ifMatch) {
        Map<String, String> headers = new LinkedHashMap<>(Map.of("Content-Type", "application/json"));
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return send("PUT", path, json, headers);
    }

    ApiResponse patch(String path, String json) {
        return send("PATCH", path, json, Map.of("Content-Type", "application/merge-patch+json"));
    }

    ApiResponse delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    /** A DELETE with a JSON body. */
    ApiResponse delete(String path, String json) {
        return send("DELETE", path, json, Map.of("Content-Type", "application/json"));
    }

    ApiResponse send(String method, String path, String body, Map<String, String> headers) {
        return sendBytes(method, path, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                headers);
    }

    ApiResponse sendBytes(String method, String path, byte[] body, Map<String, String> headers) {
        return sendBytes(method, path, body, headers, false);
    }

    /** A body of unknown length, sent chunked (no {@code Content-Length}). */
    ApiResponse sendChunked(String method, String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(body)));
        defaultHeaders.forEach(request::header);
        headers.forEach(request::header);
        return exchange(method, path, request);
    }

    /** A download: the body's bytes as they came; status and headers are checked against the contract. */
    Download download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30)).GET();
        defaultHeaders.forEach(request::header);
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            // a file is checked as text (status, headers, that there is a body); a problem as JSON
            boolean binary = response.statusCode() == 200;
            ApiResponse seen = new ApiResponse(response.statusCode(), response.headers().map(),
                    new String(response.body(), binary ? java.nio.charset.StandardCharsets.ISO_8859_1
                            : java.nio.charset.StandardCharsets.UTF_8));
            CONTRACT.check(listener, "GET", path, seen);
            return new Download(seen, response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A download read slowly: the status and headers, then {@code meanwhile} runs while the server waits for this
     * client to read (a small receive window holds it back), then the body up to where the server ended it. Status
     * and headers are checked against the contract, with the bytes that came.
     */
    Download downloadInterrupted(String path, Runnable meanwhile) {
        URI uri = URI.create(baseUrl + path);
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.setReceiveBufferSize(16 * 1024);
            socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(requestHead("GET", path, uri, Map.of(), true));
            java.io.InputStream in = new java.io.BufferedInputStream(socket.getInputStream(), 4096);
            int status = Integer.parseInt(line(in).split(" ")[1]);
            Map<String, List<String>> headers = headers(in);
            meanwhile.run();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            try {
                for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                    body.write(buffer, 0, read);
                }
            } catch (java.net.SocketException reset) {
                // the server may end the connection with a reset rather than a close: the body ends here too
            }
            ApiResponse seen = new ApiResponse(status, headers,
                    body.toString(java.nio.charset.StandardCharsets.ISO_8859_1));
            CONTRACT.check(listener, "GET", path, seen);
            return new Download(seen, body.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }

    /**
     * A request whose body ends before its {@code Content-Length}: the client sends {@code sent} and closes its side
     * of the connection. The answer is checked against the contract.
     */
    ApiResponse sendShortBody(String method, String path, String contentType, byte[] sent, int announcedLength) {
        return sendRaw(method, path, Map.of("Content-Type", contentType, "Content-Length",
                Integer.toString(announcedLength)), sent);
    }

    /** {@code sent} as it is after the head with {@code headers}, over a socket of its own, its output closed after it. */
    ApiResponse sendRaw(String method, String path, Map<String, String> headers, byte[] sent) {
        return exchange(method, path, headers, out -> {
            out.write(sent);
            out.flush();
        });
    }

    /**
     * {@code body} sent one byte every {@code pause} (each write in time for the socket's read timeout) until it
     * is all sent or the server answered; the answer is checked against the contract.
     */
    ApiResponse sendTrickled(String method, String path, Map<String, String> headers, byte[] body, Duration pause) {
        return exchange(method, path, headers, out -> {
            try {
                for (byte b : body) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(pause.toMillis());
                }
            } catch (IOException answeredAndClosed) {
                // the server answered before the body was all sent
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /**
     * {@code first}, then after {@code pause} {@code rest} in one write, on a connection kept alive; the answer and
     * whatever follows it until the server closes (as its body) are checked against the contract.
     */
    ApiResponse sendInTwoParts(String method, String path, Map<String, String> headers, byte[] first, Duration pause,
                               byte[] rest) {
        return exchange(method, path, headers, false, out -> {
            out.write(first);
            out.flush();
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            out.write(rest);
            out.flush();
        });
    }

    private interface BodyWriter {
        void write(java.io.OutputStream out) throws IOException;
    }

    /** The head with {@code headers}, then what {@code body} writes (beside reading the answer), then the answer. */
    private ApiResponse exchange(String method, String path, Map<String, String> headers, BodyWriter body) {
        return exchange(method, path, headers, true, body);
    }

    /** As above; without {@code close} the connection may stay open after the answer (keep-alive). */
    private ApiResponse exchange(String method, String path, Map<String, String> headers, boolean close,
                                 BodyWriter body) {
        URI uri = URI.create(baseUrl + path);
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            byte[] head = requestHead(method, path, uri, headers, close);
            socket.getOutputStream().write(head);
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    body.write(socket.getOutputStream());
                    socket.shutdownOutput();
                } catch (IOException closed) {
                    // the server answered and closed first
                }
            });
            java.io.InputStream in = new java.io.BufferedInputStream(socket.getInputStream(), 4096);
            int status = Integer.parseInt(line(in).split(" ")[1]);
            Map<String, List<String>> answered = headers(in);
            java.io.ByteArrayOutputStream rest = new java.io.ByteArrayOutputStream();
            try {
                in.transferTo(rest);
            } catch (java.net.SocketException reset) {
                // a server that cut off a body still arriving (408, or after reading the rest of a refused one for a
                // while) may end with a reset after its answer: what came before it counts
            }
            ApiResponse seen = new ApiResponse(status, answered, rest.toString(java.nio.charset.StandardCharsets.UTF_8));
            writer.interrupt();
            writer.join();
            CONTRACT.check(listener, method, path, seen);
            return seen;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The head with {@code headers} and {@code first}, and then nothing more while the connection stays open: how
     * long until the server ended it (with an answer or without), at most {@code patience}.
     */
    Duration stallBody(String method, String path, Map<String, String> headers, byte[] first, Duration patience) {
        URI uri = URI.create(baseUrl + path);
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
            socket.setSoTimeout((int) patience.toMillis());
            byte[] head = requestHead(method, path, uri, headers, false);
            long start = System.nanoTime();
            socket.getOutputStream().write(head);
            socket.getOutputStream().write(first);
            socket.getOutputStream().flush();
            try {
                socket.getInputStream().readAllBytes();
            } catch (java.net.SocketTimeoutException held) {
                return patience;
            } catch (java.net.SocketException reset) {
                // ended with a reset: as ended
            }
            return Duration.ofNanos(System.nanoTime() - start);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /** {@code request} as it is (its own request line and headers), and the answer until the server closes. */
    ApiResponse sendVerbatim(String method, String path, String request) {
        URI uri = URI.create(baseUrl + path);
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            java.io.InputStream in = new java.io.BufferedInputStream(socket.getInputStream(), 4096);
            int status = Integer.parseInt(line(in).split(" ")[1]);
            Map<String, List<String>> answered = headers(in);
            ApiResponse seen = new ApiResponse(status, answered,
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            CONTRACT.check(listener, method, path, seen);
            return seen;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /** The answer to a request refused while its body was on the way, and what became of the rest of the body. */
    record AnsweredMidBody(ApiResponse answer, boolean restAccepted, boolean closedWithoutReset) {
    }

    /**
     * The head with {@code headers} (with {@code Connection: close}) and {@code first}, then the answer read, then
     * {@code rest} sent, then the connection's end: a server that drops the rest unread resets the connection.
     */
    AnsweredMidBody sendRefusedMidBody(String method, String path, Map<String, String> headers, byte[] first,
                                       byte[] rest) {
        URI uri = URI.create(baseUrl + path);
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            byte[] head = requestHead(method, path, uri, headers, true);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(head);
            out.write(first);
            out.flush();
            java.io.InputStream in = new java.io.BufferedInputStream(socket.getInputStream(), 4096);
            int status = Integer.parseInt(line(in).split(" ")[1]);
            Map<String, List<String>> answered = headers(in);
            int length = Integer.parseInt(answered.get("content-length").getFirst());
            ApiResponse seen = new ApiResponse(status, answered,
                    new String(in.readNBytes(length), java.nio.charset.StandardCharsets.UTF_8));
            CONTRACT.check(listener, method, path, seen);
            boolean restAccepted;
            try {
                out.write(rest);
                out.flush();
                restAccepted = true;
            } catch (IOException reset) {
                restAccepted = false;
            }
            boolean closed;
            try {
                closed = in.read() == -1;
            } catch (java.net.SocketException reset) {
                closed = false;
            }
            return new AnsweredMidBody(seen, restAccepted, closed);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /** A request's head: request line, {@code headers} and this client's own, optionally {@code Connection: close}. */
    private byte[] requestHead(String method, String path, URI uri, Map<String, String> headers, boolean close) {
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":"
                + uri.getPort() + "\r\n" + (close ? "Connection: close\r\n" : ""));
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        defaultHeaders.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        return request.append("\r\n").toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** An answer's header fields after its status line, by lower-case name. */
    private static Map<String, List<String>> headers(java.io.InputStream in) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.computeIfAbsent(header.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                    name -> new ArrayList<>()).add(header.substring(colon + 1).trim());
        }
        return headers;
    }

    private static String line(java.io.InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                throw new IOException("the connection ended within the headers");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /** A downloaded file, and the response it came in (without the bytes as text). */
    record Download(ApiResponse response, byte[] bytes) {
    }

    /** With {@code expectContinue} the body is only sent once the server agrees (it may refuse on the headers). */
    ApiResponse sendBytes(String method, String path, byte[] body, Map<String, String> headers,
                          boolean expectContinue) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .expectContinue(expectContinue)
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        defaultHeaders.forEach(request::header);
        headers.forEach(request::header);
        return exchange(method, path, request);
    }

    private ApiResponse exchange(String method, String path, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            ApiResponse seen = new ApiResponse(response.statusCode(), response.headers().map(), response.body());
            CONTRACT.check(listener, method, path, seen);
            return seen;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
