package org.factdesk.shell.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code check --resume STATE}: the articles a batch has done, one content id a line, appended once
 * an article's output is written. Run again after a kill, the batch skips them: an article is never
 * lost, and written twice only if the kill fell between its output and its line here.
 */
final class ResumeState implements AutoCloseable {

    private final Set<String> done = new HashSet<>();
    private final Writer writer;
    private final String typed;

    private ResumeState(Path file, String typed) throws IOException {
        this.typed = typed;
        boolean torn = false;
        if (Files.exists(file)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (!line.isBlank()) { // a line cut short by a kill is a prefix that matches no article
                    done.add(line);
                }
            }
            torn = !text.isEmpty() && !text.endsWith("\n");
        }
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (torn) {
            writer.write('\n');
        }
    }

    /** @throws DeskCommands.Stop when the file cannot be read or written, naming it */
    static ResumeState open(Path file, String typed) throws DeskCommands.Stop {
        if (Files.isDirectory(file)) {
            throw new DeskCommands.Stop(Commands.USAGE, "--resume needs a file, and " + typed + " is a folder");
        }
        try {
            return new ResumeState(file, typed);
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
