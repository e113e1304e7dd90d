package io.cockpit.adapters.http.pipeline;

import io.helidon.common.GenericType;
import io.helidon.common.uri.UriQuery;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.ServerResponseTrailers;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.http.spi.Sink;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The response to a {@code HEAD}, handed to the {@code GET} handler: what the handler sends becomes the
 * {@code Content-Length} of an empty answer; status and every other header pass through unchanged.
 */
final class BodylessResponse implements ServerResponse {

    private static final byte[] NOTHING = new byte[0];

    private final ServerResponse delegate;

    BodylessResponse(ServerResponse delegate) {
        this.delegate = delegate;
    }

    @Override
    public ServerResponse status(Status status) {
        delegate.status(status);
        return this;
    }

    @Override
    public Status status() {
        return delegate.status();
    }

    @Override
    public ServerResponse header(Header header) {
        delegate.header(header);
        return this;
    }

    @Override
    public void send() {
        delegate.send();
    }

    @Override
    public void send(byte[] bytes) {
        send(bytes, 0, bytes.length);
    }

    @Override
    public void send(byte[] bytes, int position, int length) {
        delegate.header(HeaderNames.CONTENT_LENGTH, Integer.toString(length));
        delegate.send(NOTHING);
    }

    /** The handlers here send bytes or text; an entity only the media support can write would have no length. */
    @Override
    public void send(Object entity) {
        switch (entity) {
            case byte[] bytes -> send(bytes);
            case String text -> send(text.getBytes(StandardCharsets.UTF_8));
            default -> throw new IllegalStateException("a HEAD answer needs the length of a "
                    + entity.getClass().getName() + ", which only its media writer knows");
        }
    }

    @Override
    public boolean isSent() {
        return delegate.isSent();
    }

    /** Counts what the handler writes and sends that count as {@code Content-Length} when it closes the stream. */
    @Override
    public OutputStream outputStream() {
        return new OutputStream() {
            private long written;

            @Override
            public void write(int b) {
                written++;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                written += length;
            }

            @Override
            public void close() {
                if (!delegate.isSent()) {
                    delegate.header(HeaderNames.CONTENT_LENGTH, Long.toString(written));
                    delegate.send(NOTHING);
                }
            }
        };
    }

    @Override
    public long bytesWritten() {
        return delegate.bytesWritten();
    }

    @Override
    public ServerResponse whenSent(Runnable listener) {
        delegate.whenSent(listener);
        return this;
    }

    @Override
    public ServerResponse reroute(String newPath) {
        delegate.reroute(newPath);
        return this;
    }

    @Override
    public ServerResponse reroute(String path, UriQuery query) {
        delegate.reroute(path, query);
        return this;
    }

    @Override
    public ServerResponse next() {
        delegate.next();
        return this;
    }

    @Override
    public ServerResponseHeaders headers() {
        return delegate.headers();
    }

    @Override
    public ServerResponseTrailers trailers() {
        return delegate.trailers();
    }

    @Override
    public void streamResult(String result) {
        delegate.streamResult(result);
    }

    @Override
    public <T extends Sink<?>> T sink(GenericType<T> sinkType) {
        throw new UnsupportedOperationException("a HEAD answer has no body to stream events into");
    }

    @Override
    public void streamFilter(UnaryOperator<OutputStream> filterFunction) {
        delegate.streamFilter(filterFunction);
    }
}
