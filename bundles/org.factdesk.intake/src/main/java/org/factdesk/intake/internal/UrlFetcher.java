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

    /** {@code ftp://host/x}, {@code jar:file:...}, {@code file:///x}: a URL, though not one fetched over HTTP. */
    static boolean hasScheme(String input) {
        return OTHER_URL.matcher(input).lookingAt();
    }

    private static final java.util.regex.Pattern OTHER_URL =
            java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+://|(?i:jar|data|mailto|file):");

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
            throw new IOException(failed(e, uri));
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() / 100 == 3) {
                throw new IOException(redirected(response));
            }
            if (response.statusCode() / 100 != 2) {
                throw new IOException("the server answered HTTP " + response.statusCode() + answer(response.statusCode()));
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

    /** What went wrong, in words: the HTTP client's exceptions often have no message or only a class name. */
    private String failed(IOException e, URI uri) {
        String host = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "cannot fetch: no such host (" + uri.getHost() + ")";
            }
        }
        if (e instanceof java.net.http.HttpConnectTimeoutException) {
            return "cannot fetch: no connection to " + host + " within " + timeout.toSeconds() + " s (intake url_timeout_seconds)";
        }
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "cannot fetch: " + host + " did not answer within " + timeout.toSeconds() + " s (intake url_timeout_seconds)";
        }
        if (e instanceof java.net.ConnectException) {
            return "cannot fetch: cannot connect to " + host + " (nothing answers there)";
        }
        if (e instanceof javax.net.ssl.SSLException) {
            return "cannot fetch: no secure connection to " + host + (e.getMessage() != null && e.getMessage().contains("PKIX")
                    ? " (its certificate is not trusted)" : e.getMessage() != null ? " (" + e.getMessage() + ")" : "");
        }
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            return "cannot fetch: the connection to " + host + " failed";
        }
        return "cannot fetch: " + e.getMessage();
    }

    /** A 3xx the client did not follow: one it must not follow (to ftp, https to http), or one past its hop limit. */
    private static String redirected(HttpResponse<?> response) {
        String to = response.headers().firstValue("Location").orElse(null);
        if (to == null) {
            return "the server answered HTTP " + response.statusCode() + " (a redirect) without saying where to";
        }
        URI next;
        try {
            next = response.uri().resolve(to);
        } catch (IllegalArgumentException e) {
            return "redirects to " + to + ", which is not a valid URL";
        }
        String from = response.uri().getScheme();
        boolean followable = "https".equalsIgnoreCase(next.getScheme())
                || "http".equalsIgnoreCase(next.getScheme()) && !"https".equalsIgnoreCase(from);
        if (followable) {
            return "redirected too many times without reaching a page (a redirect loop?); last to " + to;
        }
        return "redirects to " + to + ", which is not followed (only redirects within http and https, never from https to http)";
    }

    private static String answer(int status) {
        return switch (status) {
            case 400 -> " (bad request)";
            case 401 -> " (it needs a login)";
            case 403 -> " (forbidden)";
            case 404 -> " (not found)";
            case 410 -> " (gone)";
            case 429 -> " (too many requests; try later)";
            case 500 -> " (the server failed)";
            case 502, 504 -> " (a gateway failed)";
            case 503 -> " (the service is unavailable)";
            default -> "";
        };
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
