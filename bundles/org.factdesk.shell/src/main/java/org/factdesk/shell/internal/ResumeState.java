package org.factdesk.shell.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code check --resume STATE}: the articles a batch has done, one content id a line, appended once
 * an article's output is written. Run again after a kill, the batch skips them: an article is never
 * lost. When standard output is a file, each line also holds the file's size after that article's
 * output, and a run that resumes into the same file (appending, {@code >>}) first takes back what was
 * written after the last recorded article (the article the kill fell on, or a torn line): so the
 * file holds each article exactly once. Into a pipe, an article can be written twice if the kill fell
 * between its output and its line here.
 */
final class ResumeState implements AutoCloseable {

    /** Standard output as this process has it open (Linux): its size is what the process wrote so far. */
    private static final Path STDOUT = Path.of("/proc/self/fd/1");
    private static final String OUTPUT = "#output\t";

    private final Set<String> done = new HashSet<>();
    private final Writer writer;
    private final String typed;
    private final boolean toFile;
    private final long takenBack;

    private ResumeState(Path file, String typed, boolean stdout) throws IOException {
        this.typed = typed;
        boolean torn = false;
        String lastOutput = null;
        long lastEnd = -1;
        if (Files.exists(file)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            torn = !text.isEmpty() && !text.endsWith("\n");
            List<String> lines = new ArrayList<>(List.of(text.split("\n")));
            if (torn) {
                lines.remove(lines.size() - 1); // cut short by a kill: neither its id nor its size can be trusted
            }
            for (String line : lines) {
                if (line.startsWith(OUTPUT)) { // #output SIZE PATH: a run began writing to PATH, then SIZE bytes long
                    String[] f = line.split("\t", 3);
                    lastOutput = f.length == 3 ? f[2] : null;
                    lastEnd = f.length == 3 ? parse(f[1]) : -1;
                } else if (!line.isBlank()) {
                    int tab = line.indexOf('\t');
                    done.add(tab < 0 ? line : line.substring(0, tab));
                    if (tab >= 0 && parse(line.substring(tab + 1)) >= 0) {
                        lastEnd = parse(line.substring(tab + 1));
                    }
                }
            }
        }
        Path output = stdout ? outputFile() : null;
        long taken = 0;
        if (output != null && lastEnd >= 0 && output.toString().equals(lastOutput)) {
            long size = Files.size(STDOUT);
            if (size > lastEnd) {
                try (FileChannel ch = FileChannel.open(output, StandardOpenOption.WRITE)) {
                    ch.truncate(lastEnd);
                }
                taken = size - lastEnd;
            }
        }
        this.takenBack = taken;
        this.toFile = output != null;
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (torn) {
            writer.write('\n');
        }
        if (toFile) {
            writer.write(OUTPUT + Files.size(STDOUT) + "\t" + output + "\n");
            writer.flush();
        }
    }

    /** Standard output's file, if it is a regular file. */
    private static Path outputFile() {
        try {
            return Files.isRegularFile(STDOUT) ? STDOUT.toRealPath() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static long parse(String n) {
        try {
            return Long.parseLong(n.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Bytes of output a killed run wrote after its last recorded article, removed from the output file. */
    long takenBack() {
        return takenBack;
    }

    /**
     * @param stdout the batch writes to the process's standard output (not to a Gogo pipe or file, whose
     *               sizes /proc does not show)
     * @throws DeskCommands.Stop when the file cannot be read or written, naming it
     */
    static ResumeState open(Path file, String typed, boolean stdout) throws DeskCommands.Stop {
        if (Files.isDirectory(file)) {
            throw new DeskCommands.Stop(Commands.USAGE, "--resume needs a file, and " + typed + " is a folder");
        }
        try {
            return new ResumeState(file, typed, stdout);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DeskCommands.Stop(Commands.INPUT_FAILED, "cannot use " + typed + " to resume: "
                    + (e instanceof java.nio.charset.MalformedInputException || e.getCause() instanceof java.nio.charset.MalformedInputException
                            ? "it is not a FactDesk state file" : e.getMessage()));
        }
    }

    boolean done(String articleId) {
        return done.contains(articleId);
    }

    int size() {
        return done.size();
    }

    /** Records an article as done; at once, so a kill right after keeps it. */
    void record(String articleId) {
        try {
            writer.write(articleId);
            if (toFile) {
                writer.write("\t" + Files.size(STDOUT));
            }
            writer.write('\n');
            writer.flush();
            done.add(articleId);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(new IOException("cannot write " + typed + ": " + e.getMessage(), e));
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
