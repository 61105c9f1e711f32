package org.factdesk.intake.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.factdesk.api.article.ImportSource;
import org.factdesk.api.job.CancelledException;
import org.factdesk.api.job.Monitor;

/** An article or feed given by URL: fetched once, with time and size limits, then imported like a file. */
final class UrlFetcher {

    private static final int CHUNK = 64 << 10;

    private final Duration timeout;
    private final long maxBytes;
    private volatile HttpClient client;

    UrlFetcher(Duration timeout, long maxBytes) {
        if (timeout.isNegative() || timeout.isZero() || maxBytes < 1) {
            throw new IllegalArgumentException("URL limits must be positive: " + timeout + ", " + maxBytes + " bytes");
        }
        this.timeout = timeout;
        this.maxBytes = Math.min(maxBytes, Integer.MAX_VALUE - 8);
    }

    static boolean isUrl(String input) {
        return input.startsWith("http://") || input.startsWith("https://");
    }

    /**
     * @throws IOException        with the line the user sees after {@code URL: }
     * @throws CancelledException if the monitor is cancelled or the thread interrupted meanwhile
     */
    ImportSource fetch(String url, Monitor monitor) throws IOException, CancelledException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a valid URL: " + e.getMessage());
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", "FactDesk").GET().build();
        } catch (IllegalArgumentException e) {
            throw new IOException("not a valid URL: " + e.getMessage());
        }
        HttpResponse<InputStream> response;
        try {
            response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("cancelled while fetching " + url);
        } catch (IOException e) {
            monitor.checkCancelled();
            throw new IOException("cannot fetch: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw new IOException("HTTP " + response.statusCode());
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                throw new IOException(tooLarge());
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : CHUNK);
            byte[] buf = new byte[CHUNK];
            int n;
            while ((n = in.read(buf)) >= 0) {
                monitor.checkCancelled();
                body.write(buf, 0, n);
                if (body.size() > maxBytes) {
                    throw new IOException(tooLarge());
                }
            }
            return ImportSource.of(url, body.toByteArray());
        } catch (IOException e) {
            monitor.checkCancelled(); // a read cut short by the interrupt
            throw e;
        }
    }

    private String tooLarge() {
        return "larger than the " + limit(maxBytes) + " limit";
    }

    /** {@code 64 MiB}, as the shell always said; smaller limits in the largest unit that divides them. */
    static String limit(long bytes) {
        if (bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes % (1 << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
                }
                c = client;
            }
        }
        return c;
    }
}
