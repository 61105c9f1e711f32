package org.factdesk.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.factdesk.itest.Cli.Run;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * The hostile-input matrix, through the real command line: URLs that stall after their headers, drip a
 * byte a second or never end, a FIFO nobody writes, /dev/zero on standard input, a link planted in a
 * folder to a file outside it, escape sequences in the text and a newline in a file name. Each gets its
 * one line within its budget, and the good input after them is still checked.
 */
class HostileInputsTest {

    static final Path JAVA = Path.of(System.getProperty("java.home"));
    @TempDir
    static Path tmp;
    static HttpServer server;
    static String base;

    @BeforeAll
    static void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hostile-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/stall", x -> {
            x.getResponseHeaders().add("Content-Type", "text/plain");
            x.sendResponseHeaders(200, 0);
            sleep(120_000); // headers, then nothing
            x.close();
        });
        server.createContext("/drip", x -> {
            x.getResponseHeaders().add("Content-Type", "text/plain");
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 120; i++) {
                    out.write('a');
                    out.flush();
                    sleep(1000);
                }
            } catch (java.io.IOException gone) {
                // the desk hung up: as it should
            }
        });
        server.createContext("/endless", x -> {
            x.getResponseHeaders().add("Content-Type", "text/plain");
            x.sendResponseHeaders(200, 0);
            byte[] chunk = "The council spent $5 million on roads. ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = x.getResponseBody()) {
                while (true) {
                    out.write(chunk);
                }
            } catch (java.io.IOException gone) {
                // the desk hung up
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        Files.createDirectories(tmp.resolve("plugins"));
        Run set = run(Map.of(), "config", "set", "org.factdesk.intake", "input.timeout.seconds=3", "url.max.bytes=1048576");
        assertThat(set.exit()).as(set.err()).isZero();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Run run(Map<String, String> env, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--config", tmp.resolve("config").toString()));
        all.addAll(List.of(args));
        return Cli.run(tmp, JAVA, env, all.toArray(new String[0]));
    }

    @Test
    void eachHostileInputGetsOneLineWithinItsBudgetAndTheGoodOneIsStillChecked() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("in"));
        Path secret = Files.writeString(Files.createDirectories(tmp.resolve("outside")).resolve("secret.txt"), "root:$6$notforyou:19000:0:99999:7:::\n");
        Files.createSymbolicLink(folder.resolve("shadow.txt"), secret);
        Files.writeString(folder.resolve("escapes.txt"), "Escapes\n\nThe mayor said \u001b[2J\u001b]52;c;ZWNobyBwd25lZA==\u0007 the budget grew by $4 million in 2023.\n");
        Files.writeString(folder.resolve("evil\nfactdesk: forged line.txt"), "Forged\n\nThe council spent $5 million on roads in 2024.\n");
        Path fifo = tmp.resolve("fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path good = Files.copy(Distribution.DEMO, tmp.resolve("good.txt"));

        long t0 = System.nanoTime();
        Run r = run(Map.of(), "check", folder.toString(), base + "/stall", base + "/drip", base + "/endless", fifo.toString(), good.toString());
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        // the good inputs are checked: the demo and the two odd but harmless files in the folder
        assertThat(r.out()).contains("== " + good).contains("Microsoft has committed AI to $ 80 billion");
        // the text cannot drive the terminal, and the file name cannot forge a line
        assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\u0007").contains("\u241b[2J");
        assertThat(r.out() + r.err()).doesNotContainPattern("(?m)^factdesk: forged line");
        // never read: the file behind the link
        assertThat(r.out()).doesNotContain("notforyou");
        assertThat(r.err()).contains("shadow.txt: a link to a file outside " + folder + ", not followed")
                .contains(base + "/stall: still not read after 3 s, the time budget for one input")
                .contains(base + "/drip: still not read after 3 s")
                .contains(base + "/endless: ").contains("larger than the 1 MiB limit")
                .contains(fifo + ": still not read after 3 s")
                .doesNotContain("Exception").doesNotContain("\tat ");
        // four budgets of 3 s at most, plus the desk's own start and checks
        assertThat(seconds).isLessThan(60);
    }

    @Test
    void namesThatAreNotUtf8AreReadByTheirBytesAndOtherUrlSchemesAreNamed() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("latin"));
        // a Latin-1 name (caf\xe9.txt), as an old archive or a Windows share leaves them; Java cannot spell it
        Process make = new ProcessBuilder("sh", "-c", "printf 'Latin\\n\\nThe port handled 3 million tonnes in 2023.\\n' > \"$(printf 'caf\\351.txt')\"")
                .directory(folder.toFile()).start();
        assertThat(make.waitFor()).isZero();
        StringBuilder line = new StringBuilder();
        for (String a : Cli.command(tmp, JAVA, "--config", tmp.resolve("config").toString(), "check")) {
            line.append('\'').append(a.replace("'", "'\\''")).append("' ");
        }
        line.append("\"latin/$(printf 'caf\\351.txt')\" latin ftp://example.org/a.txt");
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", line.toString()).directory(tmp.toFile());
        pb.environment().put("LC_ALL", "C.UTF-8"); // as the factdesk script sets it under any locale that is not UTF-8
        Process p = pb.redirectOutput(tmp.resolve("latin.out").toFile()).redirectError(tmp.resolve("latin.err").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(tmp.resolve("latin.out"));
        String err = Files.readString(tmp.resolve("latin.err"));

        assertThat(p.exitValue()).as(err).isEqualTo(1);
        // named on the command line and found in the folder: both read, each name one line
        assertThat(out).contains("== latin/caf\uFFFD.txt  \"Latin\"").contains("== latin/caf\uFFFD.txt  \"Latin\"")
                .contains("The port handled 3 million tonnes in 2023.");
        assertThat(out.split("== latin/caf\uFFFD.txt", -1)).hasSize(3);
        assertThat(err).isEqualTo("factdesk: ftp://example.org/a.txt: ftp: URLs are not read; FactDesk fetches http and https URLs and reads file: URLs\n");
    }

    @Test
    void largeAndCostlyInputsAreCheckedOrRefusedInOneLineAndTheOthersGoOn() throws Exception {
        Path big = Files.createDirectories(tmp.resolve("big"));
        Path dense = Files.writeString(big.resolve("dense.txt"), denseText(5_000_000));
        Path nested = Files.writeString(big.resolve("nested.html"), nestedHtml(10_000_000));
        Path bomb = Files.write(big.resolve("bomb.pdf"), inflationBomb(1L << 30));
        Path good = Files.copy(Distribution.DEMO, big.resolve("good.txt"));
        Path config = tmp.resolve("config-big"); // the default budgets: a desk's, not the matrix's 3 s
        assertThat(Cli.run(tmp, JAVA, Map.of(), "--config", config.toString(), "config", "set", "org.factdesk.intake",
                "input.timeout.seconds=120").exit()).isZero();

        // two commands, so that each stays well inside the harness's 120 s on a loaded machine
        long t0 = System.nanoTime();
        Run r = Cli.run(tmp, JAVA, Map.of(), "--config", config.toString(), "check", "--json", dense.toString(), bomb.toString(), good.toString());
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).as("a JSON line for the dense text and the good article").hasSize(2);
        assertThat(lines.get(0)).contains("\"source\":\"" + dense + "\"");
        assertThat(claims(lines.get(0))).as("claims in 5 MB of claim-dense text").isGreaterThan(20_000);
        assertThat(lines.get(1)).contains("Microsoft has committed AI to $ 80 billion");
        assertThat(r.err()).isEqualTo("factdesk: " + bomb + ": pdf: decompresses to more than 256 MiB, the limit for one PDF (maxDecodedMiB); skipped\n");
        assertThat(seconds).as("within the budget of one input for each").isLessThan(120);

        Run page = Cli.run(tmp, JAVA, Map.of(), "--config", config.toString(), "check", "--json", nested.toString(), good.toString());
        assertThat(page.exit()).as(page.err()).isZero();
        assertThat(page.err()).isEmpty();
        List<String> pages = page.out().lines().toList();
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).contains("\"source\":\"" + nested + "\"").contains("The port handled");
        assertThat(claims(pages.get(0))).as("a claim for each paragraph deep in the formatting").isGreaterThan(50_000);
        // the same page again gives the same report, to the byte
        Run again = Cli.run(tmp, JAVA, Map.of(), "--config", config.toString(), "check", "--json", nested.toString());
        assertThat(again.out().strip()).isEqualTo(pages.get(0));
    }

    private static int claims(String json) {
        int n = 0;
        for (int i = json.indexOf("\"start_cp\""); i >= 0; i = json.indexOf("\"start_cp\"", i + 1)) {
            n++;
        }
        return n;
    }

    /** Paragraphs in which every sentence is a claim: figures, quotations with speakers, comparisons, vague sources. */
    static String denseText(int bytes) {
        java.util.Random r = new java.util.Random(16);
        String[] names = {"Ann Lee", "Wei Chen", "Maria Garcia", "John Okafor", "Priya Patel", "Olga Novak"};
        String[] topics = {"Unemployment", "Inflation", "Spending on schools", "The deficit", "Exports", "Debt"};
        StringBuilder sb = new StringBuilder(bytes + 200).append("Claims\n\n");
        while (sb.length() < bytes) {
            for (int i = 0; i < 6; i++) {
                String name = names[r.nextInt(names.length)];
                switch (r.nextInt(4)) {
                    case 0 -> sb.append(topics[r.nextInt(topics.length)]).append(" rose ").append(r.nextInt(90) + 1).append('.')
                            .append(r.nextInt(10)).append("% to ").append(String.format("%,d", r.nextInt(9_000_000))).append(" in ")
                            .append(1990 + r.nextInt(35)).append(", officials said. ");
                    case 1 -> sb.append("\"We cut taxes by $").append(r.nextInt(99) + 1).append(" billion,\" said Senator ").append(name).append(". ");
                    case 2 -> sb.append(topics[r.nextInt(topics.length)]).append(" is ").append(r.nextInt(9) + 2)
                            .append(" times higher than in ").append(1990 + r.nextInt(30)).append(", according to sources. ");
                    default -> sb.append(name).append(" said the council spent ").append(r.nextInt(500) + 1)
                            .append(" million euros on roads, more than any city in Europe. ");
                }
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }

    /** A page whose text sits deep in nested formatting: divs and inline tags around every paragraph. */
    static String nestedHtml(int bytes) {
        StringBuilder sb = new StringBuilder(bytes + 1000).append("<!doctype html><html><head><title>Nested</title></head><body>");
        sb.append("<div><b>".repeat(200)).append("<h1>Nested formatting</h1>");
        for (int i = 0; sb.length() < bytes; i++) {
            sb.append("<div><p><b><i><u><span>The port handled ").append(i % 90 + 3).append(" million tonnes in ").append(1990 + i % 35)
                    .append(",</span> <em>officials <strong>said</strong></em>.</u></i></b> <a href=\"/p").append(i).append("\">More</a></p></div>");
        }
        return sb.append("</b></div>".repeat(200)).append("</body></html>").toString();
    }

    /** A one-page PDF whose content stream is a few MB on disk and {@code inflated} bytes of spaces once decompressed. */
    static byte[] inflationBomb(long inflated) {
        java.io.ByteArrayOutputStream z = new java.io.ByteArrayOutputStream();
        java.util.zip.Deflater d = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION);
        byte[] spaces = new byte[1 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        byte[] buf = new byte[1 << 16];
        for (long done = 0; done < inflated; done += spaces.length) {
            d.setInput(spaces);
            while (!d.needsInput()) {
                z.write(buf, 0, d.deflate(buf));
            }
        }
        d.finish();
        while (!d.finished()) {
            z.write(buf, 0, d.deflate(buf));
        }
        byte[] stream = z.toByteArray();
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        java.util.function.Consumer<String> put = t -> pdf.writeBytes(t.getBytes(StandardCharsets.ISO_8859_1));
        put.accept("%PDF-1.4\n");
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                null, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.size());
            put.accept((i + 1) + " 0 obj\n");
            if (objects[i] == null) {
                put.accept("<< /Length " + stream.length + " /Filter /FlateDecode >>\nstream\n");
                pdf.writeBytes(stream);
                put.accept("\nendstream\n");
            } else {
                put.accept(objects[i] + "\n");
            }
            put.accept("endobj\n");
        }
        int xref = pdf.size();
        put.accept("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        for (int o : offsets) {
            put.accept(String.format("%010d 00000 n \n", o));
        }
        put.accept("trailer\n<< /Size " + (objects.length + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return pdf.toByteArray();
    }

    @Test
    void endlessStandardInputIsRefusedWithItsSizeAndTheOtherInputsGoOn() throws Exception {
        List<String> cmd = new ArrayList<>(Cli.command(tmp, JAVA, "--config", tmp.resolve("config").toString(), "check", "-", Distribution.DEMO.toString()));
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectInput(new java.io.File("/dev/zero"))
                .redirectOutput(tmp.resolve("zero.out").toFile()).redirectError(tmp.resolve("zero.err").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(tmp.resolve("zero.out"));
        String err = Files.readString(tmp.resolve("zero.err"));
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        assertThat(err).contains("-: standard input is larger than the 1 MiB limit").doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        assertThat(out).contains("== " + Distribution.DEMO);
    }
}
