package org.factdesk.export.service.internal;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.DeskSession;
import org.factdesk.api.desk.WorkflowException;
import org.factdesk.api.export.ExportException;
import org.factdesk.api.export.ExportOutcome;
import org.factdesk.api.export.ExportService;
import org.factdesk.api.export.Exporter;
import org.factdesk.api.export.FactCheck;
import org.factdesk.api.export.UnknownFormatException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Follows the exporters as they come and go, and writes their documents: into a temporary file
 * beside the target, moved over it only once the exporter has finished.
 */
@Component
public class ExportWriter implements ExportService {

    private static final Comparator<Exporter> BY_FORMAT = Comparator.comparing((Exporter e) -> e.format().toLowerCase(Locale.ROOT))
            .thenComparing(Exporter::format);

    private final List<Exporter> exporters = new CopyOnWriteArrayList<>();

    @Activate
    public ExportWriter() {
    }

    @Reference(policy = ReferencePolicy.DYNAMIC, cardinality = ReferenceCardinality.MULTIPLE)
    void addExporter(Exporter exporter) {
        exporters.add(exporter);
    }

    void removeExporter(Exporter exporter) {
        exporters.remove(exporter);
    }

    @Override
    public List<Exporter> exporters() {
        List<Exporter> all = new ArrayList<>(exporters);
        all.sort(BY_FORMAT);
        return List.copyOf(all);
    }

    @Override
    public Exporter exporter(String format) throws UnknownFormatException {
        List<Exporter> all = exporters();
        return all.stream().filter(e -> e.format().equalsIgnoreCase(format)).findFirst()
                .orElseThrow(() -> new UnknownFormatException(format, all.stream().map(Exporter::format).toList()));
    }

    @Override
    public List<FactCheck> factChecks(DeskSession session, List<String> caseIds) throws WorkflowException {
        List<Case> cases = new ArrayList<>();
        for (String id : caseIds) {
            cases.add(session.find(id));
        }
        if (cases.isEmpty()) {
            cases.addAll(session.cases());
        }
        List<FactCheck> checks = new ArrayList<>();
        for (Case c : cases) {
            checks.add(new FactCheck(c, session.rules(), session.history(c.id())));
        }
        return checks;
    }

    @Override
    public ExportOutcome export(Exporter exporter, List<FactCheck> checks, OutputStream out) throws ExportException, IOException {
        Objects.requireNonNull(out, "out");
        checks = List.copyOf(checks);
        if (exporter.perCase() && checks.size() != 1) {
            throw new IllegalArgumentException(exporter.format() + " writes one document per case: a stream takes one case, not " + checks.size());
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            exporter.export(checks, buf);
        } catch (ExportException e) {
            if (!exporter.perCase()) {
                throw e;
            }
            return new ExportOutcome(exporter.format(), 0, List.of(), List.of(problem(checks.get(0), e)));
        }
        buf.writeTo(out);
        out.flush();
        return new ExportOutcome(exporter.format(), checks.size(), List.of(), List.of());
    }

    @Override
    public ExportOutcome export(Exporter exporter, List<FactCheck> checks, Path target) throws ExportException, IOException {
        Objects.requireNonNull(target, "target");
        checks = List.copyOf(checks);
        if (!exporter.perCase()) {
            if (Files.isDirectory(target)) {
                throw new FileSystemException(target.toString(), null, "is a directory; " + exporter.format() + " writes all cases into one file");
            }
            write(exporter, checks, target);
            return new ExportOutcome(exporter.format(), checks.size(), List.of(target), List.of());
        }
        if (checks.size() > 1) {
            Files.createDirectories(target);
        }
        boolean intoDirectory = Files.isDirectory(target);
        List<Path> files = new ArrayList<>();
        List<ExportOutcome.Problem> problems = new ArrayList<>();
        for (FactCheck fc : checks) {
            Path file = intoDirectory ? inside(target, fc.subject().id() + "." + exporter.extension()) : target;
            if (file == null) { // a case id from a forged journal entry: ../../x
                problems.add(new ExportOutcome.Problem(fc.subject().id(), "case " + escaped(fc.subject().id())
                        + ": its id cannot name a file in " + target + "; not written (audit verify checks the workspace)"));
                continue;
            }
            try {
                write(exporter, List.of(fc), file);
                files.add(file);
            } catch (ExportException e) {
                problems.add(problem(fc, e));
            }
        }
        return new ExportOutcome(exporter.format(), files.size(), files, problems);
    }

    /** {@code dir/name}, or null when the name is not one plain file name (a separator, "..", a leading dot, a control). */
    static Path inside(Path dir, String name) {
        if (name.isEmpty() || name.startsWith(".") || name.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
            return null;
        }
        try {
            Path file = dir.resolve(name);
            return file.getParent() != null && file.getParent().equals(dir) && file.getFileName().toString().equals(name) ? file : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static String escaped(String id) {
        StringBuilder sb = new StringBuilder();
        id.codePoints().forEach(c -> sb.append(Character.isISOControl(c) ? String.format("\\x%02x", c) : Character.toString(c)));
        return sb.toString();
    }

    private static ExportOutcome.Problem problem(FactCheck fc, ExportException e) {
        return new ExportOutcome.Problem(fc.subject().id(), String.valueOf(e.getMessage()));
    }

    /**
     * Into a temporary sibling, synced, then moved over the target: a failed export (or a crash)
     * leaves the old file whole. The temporary file is made with the default permissions, as the
     * target would be (not the owner-only ones of {@link Files#createTempFile}).
     */
    static void write(Exporter exporter, List<FactCheck> checks, Path target) throws ExportException, IOException {
        Path tmp = temporarySibling(target);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                exporter.export(checks, out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** A new empty file beside {@code target}, hidden and named after it: {@code .NAME.RANDOM.tmp}. */
    static Path temporarySibling(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        while (true) {
            Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                // another export to the same target picked the same name: pick again
            }
        }
    }
}
