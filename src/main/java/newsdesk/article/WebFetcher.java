package newsdesk.article;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * Fetches one page or file with Java's HTTP client for adding it as an article: every hop (at most
 * {@value WebSettings#MAX_REDIRECTS} redirects) passes the {@link AddressGuard}, at most the size limit is read, and
 * the whole fetch, body included, ends at the time limit.
 */
final class WebFetcher {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "newsdesk-fetch-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** What a fetch got: where it ended up after redirects, its content type, and the body. */
    record Fetched(URI url, String contentType, byte[] body) {
    }

    private final WebSettings settings;
    private final AddressGuard guard;
    private final LongSupplier nanoTicker;
    private final HttpClient http;

    /** @param nanoTicker the time source of the deadline, like {@link System#nanoTime} */
    WebFetcher(WebSettings settings, AddressGuard guard, LongSupplier nanoTicker) {
        this.settings = settings;
        this.guard = guard;
        this.nanoTicker = nanoTicker;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Fetched fetch(URI start) throws ArticleFileException {
        long deadline = nanoTicker.getAsLong() + settings.timeout().toNanos();
        URI url = start;
        for (int hop = 0; hop <= WebSettings.MAX_REDIRECTS; hop++) {
            guard.check(url);
            HttpResponse<InputStream> response = send(url, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                close(response);
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new ArticleFileException("HTTP " + status + " without a Location to follow");
                }
                try {
                    url = url.resolve(location.get().strip());
                } catch (IllegalArgumentException e) {
                    throw new ArticleFileException("a redirect to an unreadable address: " + location.get());
                }
                continue;
            }
            if (status < 200 || status > 299) {
                close(response);
                throw new ArticleFileException("HTTP " + status + " from " + url.getHost());
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > settings.maxBytes()) {
                close(response);
                throw tooLarge();
            }
            byte[] body = read(response.body(), deadline);
            return new Fetched(url, response.headers().firstValue("Content-Type").orElse(""), body);
        }
        throw new ArticleFileException("more than " + WebSettings.MAX_REDIRECTS + " redirects");
    }

    private HttpResponse<InputStream> send(URI url, long deadline) throws ArticleFileException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(left(deadline))
                .header("User-Agent", "Newsdesk article reader")
                .header("Accept", "text/html, application/xhtml+xml, text/markdown, text/plain, application/json;q=0.9, */*;q=0.5")
                .GET().build();
        try {
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                    .get(left(deadline).toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw timedOut();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw timedOut();
            }
            throw new ArticleFileException("could not fetch " + url.getHost() + " (" + describe(cause) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArticleFileException("interrupted");
        }
    }

    /** At most the size limit, before the deadline: a stalled body is cut off by closing it. */
    private byte[] read(InputStream body, long deadline) throws ArticleFileException {
        ScheduledFuture<?> cutOff = WATCHDOG.schedule(() -> quietlyClose(body), left(deadline).toNanos(),
                TimeUnit.NANOSECONDS);
        try (body) {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
            if (bytes.length > settings.maxBytes()) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            if (nanoTicker.getAsLong() >= deadline) {
                throw timedOut();
            }
            throw new ArticleFileException("could not read the page (" + describe(e) + ")");
        } finally {
            cutOff.cancel(false);
        }
    }

    private Duration left(long deadline) throws ArticleFileException {
        long nanos = deadline - nanoTicker.getAsLong();
        if (nanos <= 0) {
            throw timedOut();
        }
        return Duration.ofNanos(nanos);
    }

    private ArticleFileException timedOut() {
        return new ArticleFileException("timed out after " + settings.timeout().toSeconds() + " s");
    }

    private ArticleFileException tooLarge() {
        return new ArticleFileException("too large (over the " + Sizes.human(settings.maxBytes()) + " limit)");
    }

    private static void close(HttpResponse<InputStream> response) {
        quietlyClose(response.body());
    }

    private static void quietlyClose(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing only to give the connection back
        }
    }

    private static String describe(Throwable e) {
        return e == null ? "unknown error" : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
