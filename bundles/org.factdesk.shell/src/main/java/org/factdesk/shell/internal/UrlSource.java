package org.factdesk.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.factdesk.api.article.ImportSource;

/** An article or feed given by URL: fetched once, with time and size limits, then imported like a file. */
final class UrlSource {

    static final long MAX_BYTES = 64L << 20;
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private UrlSource() {
    }

    static ImportSource fetch(String url) throws IOException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a valid URL: " + e.getMessage());
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("User-Agent", "FactDesk").GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching");
        } catch (IOException e) {
            throw new IOException("cannot fetch: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw new IOException("HTTP " + response.statusCode());
            }
            byte[] body = in.readNBytes((int) MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw new IOException("larger than the " + (MAX_BYTES >> 20) + " MiB limit");
            }
            return ImportSource.of(url, body);
        }
    }
}
