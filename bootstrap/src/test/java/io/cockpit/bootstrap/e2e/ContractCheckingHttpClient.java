package io.cockpit.bootstrap.e2e;

import io.cockpit.adapters.http.contract.ApiOperation;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;

/**
 * The JDK client under the generated one: it reads each answer whole, checks it against openapi.yaml (as the e2e
 * {@link ApiClient} does) and only then hands it to the generated code, which ignores fields it does not know.
 */
final class ContractCheckingHttpClient extends HttpClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ContractValidator CONTRACT = new ContractValidator();
    private static final ContractCheckingHttpClient INSTANCE = new ContractCheckingHttpClient();

    private ContractCheckingHttpClient() {
    }

    /** What the generated ApiClient takes: it calls {@code build()} for every API class. */
    static HttpClient.Builder builder() {
        return new Builder();
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String path = request.uri().getRawPath()
                + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
        CONTRACT.check(ApiOperation.API, request.method(), path, new ApiResponse(response.statusCode(), response.headers().map(),
                new String(response.body(), StandardCharsets.UTF_8)));
        return new Checked<>(response, bodyFor(response, handler));
    }

    private static <T> T bodyFor(HttpResponse<byte[]> response, HttpResponse.BodyHandler<T> handler) {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return response.statusCode();
            }

            @Override
            public HttpHeaders headers() {
                return response.headers();
            }

            @Override
            public Version version() {
                return response.version();
            }
        });
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
            }
        });
        subscriber.onNext(List.of(ByteBuffer.wrap(response.body())));
        subscriber.onComplete();
        return subscriber.getBody().toCompletableFuture().join();
    }

    /** The journey is synchronous; an asynchronous call would bypass the check, so it is refused. */
    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        throw new UnsupportedOperationException("only send() is checked against the contract");
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        throw new UnsupportedOperationException("only send() is checked against the contract");
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return HTTP.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return HTTP.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return HTTP.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return HTTP.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return HTTP.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return HTTP.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return HTTP.authenticator();
    }

    @Override
    public Version version() {
        return HTTP.version();
    }

    @Override
    public Optional<Executor> executor() {
        return HTTP.executor();
    }

    private record Checked<T>(HttpResponse<byte[]> raw, T body) implements HttpResponse<T> {

        @Override
        public int statusCode() {
            return raw.statusCode();
        }

        @Override
        public HttpRequest request() {
            return raw.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return raw.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return raw.sslSession();
        }

        @Override
        public URI uri() {
            return raw.uri();
        }

        @Override
        public Version version() {
            return raw.version();
        }
    }

    /** Hands out the one checking client; settings the generated code might make are refused, not dropped. */
    private static final class Builder implements HttpClient.Builder {

        @Override
        public HttpClient build() {
            return INSTANCE;
        }

        @Override
        public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
            throw unsupported();
        }

        @Override
        public HttpClient.Builder connectTimeout(Duration duration) {
            throw unsupported();
        }

        @Override
        public HttpClient.Builder sslContext(SSLContext sslContext) {
            throw unsupported();
        }

        @Override
        public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
            throw unsupported();
        }

        @Override
        public HttpClient.Builder executor(Executor executor) {
            throw unsupported();
        }

        @Override
        public HttpClient.Builder followRedirects(Redirect policy) {
            throw unsupported();
        }

        @Override
        public HttpClient.Builder version(Version version) {
            throw unsupported();
        }

        @Override
        public HttpClient.Builder priority(int priority) {
            throw unsupported();
        }

        @Override
        public HttpClient.Builder proxy(ProxySelector proxySelector) {
            throw unsupported();
        }

        @Override
        public HttpClient.Builder authenticator(Authenticator authenticator) {
            throw unsupported();
        }

        private static UnsupportedOperationException unsupported() {
            return new UnsupportedOperationException("the contract-checking client is configured once, here");
        }
    }
}
