package org.factdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the launch script as an operator runs it ({@code [taskset -c CPUS] ./factdesk ARGS > out}), with an
 * empty plugins folder and {@code FACTDESK_STATS=1}: its wall time as the harness sees it, and the peak RSS the
 * launcher reports.
 *
 * @param ms     wall time from spawning the process to its exit
 * @param rssKiB peak resident set (VmHWM), 0 if the launcher did not report it
 * @param exit   the exit code
 * @param err    what it wrote to standard error
 */
record Scripted(double ms, long rssKiB, int exit, String err) {

    private static final Pattern RSS = Pattern.compile("peak_rss_kib=(\\d+)");

    /**
     * @param prefix what runs the script ({@code taskset -c 0}), or nothing
     * @param env    {@code NAME=VALUE} pairs added to the environment
     */
    static Scripted run(Path root, Path scratch, List<String> prefix, List<String> args, Path out, List<String> env) throws Exception {
        Path err = scratch.resolve("err.txt");
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(root.resolve("factdesk").toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("FACTDESK_STATS", "1");
        pb.environment().put("FACTDESK_PLUGINS", Files.createDirectories(scratch.resolve("plugins")).toString());
        for (String e : env) {
            pb.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
        }
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException(cmd + " did not finish within 10 minutes");
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        String stderr = Files.readString(err);
        Matcher m = RSS.matcher(stderr);
        return new Scripted(ms, m.find() ? Long.parseLong(m.group(1)) : 0, p.exitValue(), stderr);
    }
}
