package org.factdesk.export.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.CaseEvent;
import org.factdesk.api.desk.CaseState;
import org.factdesk.api.desk.ClaimAppearance;
import org.factdesk.api.desk.DeskRules;
import org.factdesk.api.desk.DeskSession;
import org.factdesk.api.desk.RatingScale;
import org.factdesk.api.desk.WorkflowException;
import org.factdesk.api.export.ExportException;
import org.factdesk.api.export.ExportOutcome;
import org.factdesk.api.export.Exporter;
import org.factdesk.api.export.FactCheck;
import org.factdesk.api.export.UnknownFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportWriterTest {

    static final DeskRules RULES = new DeskRules(true, RatingScale.standard(), "Desk", "https://desk.example/");

    @TempDir
    Path tmp;

    final ExportWriter service = new ExportWriter();

    /** Writes "FORMAT:ID,ID..." per call; refuses cases that are not published if told to; can fail midway. */
    record Fake(String format, String extension, boolean perCase, boolean publishedOnly, boolean failMidway) implements Exporter {
        static Fake allCases(String format) {
            return new Fake(format, "txt", false, false, false);
        }

        static Fake perCase(String format) {
            return new Fake(format, "jsonld", true, true, false);
        }

        @Override
        public String description() {
            return "fake " + format;
        }

        @Override
        public void export(List<FactCheck> checks, OutputStream out) throws ExportException, IOException {
            out.write((format + ":").getBytes(StandardCharsets.UTF_8));
            if (failMidway) {
                out.flush();
                throw new IOException("disk full halfway");
            }
            for (FactCheck fc : checks) {
                if (publishedOnly && fc.subject().state() != CaseState.PUBLISHED) {
                    throw new ExportException(fc.subject().id() + " is not published");
                }
            }
            out.write(checks.stream().map(fc -> fc.subject().id()).collect(Collectors.joining(",")).getBytes(StandardCharsets.UTF_8));
        }
    }

    static FactCheck check(String id, CaseState state) {
        ClaimAppearance where = new ClaimAppearance("a1", "https://news.example/a", "A headline", null, null, null);
        Case c = new Case(id, List.of(), where, List.of(), state, null, List.of(), List.of(), null, null, List.of(), null, List.of(),
                Instant.parse("2025-01-29T08:00:00Z"), null);
        return new FactCheck(c, RULES, List.of());
    }

    static final FactCheck C1 = check("C-1", CaseState.PUBLISHED);
    static final FactCheck C2 = check("C-2", CaseState.PUBLISHED);
    static final FactCheck C3 = check("C-3", CaseState.IN_REVIEW);

    private String read(Path p) throws IOException {
        return Files.readString(p);
    }

    private List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void exportersAreListedByFormatAndFoundInAnyCase() throws Exception {
        Fake csv = Fake.allCases("csv");
        Fake claimreview = Fake.perCase("claimreview");
        Fake md = Fake.allCases("report-md");
        service.addExporter(md);
        service.addExporter(csv);
        service.addExporter(claimreview);
        assertThat(service.exporters()).containsExactly(claimreview, csv, md);
        assertThat(service.exporter("ClaimReview")).isSameAs(claimreview);

        service.removeExporter(csv);
        assertThat(service.exporters()).containsExactly(claimreview, md);
        assertThatThrownBy(() -> service.exporter("csv")).isInstanceOf(UnknownFormatException.class)
                .hasMessage("no exporter \"csv\" (available: claimreview, report-md)")
                .satisfies(e -> assertThat(((UnknownFormatException) e).available()).containsExactly("claimreview", "report-md"));
    }

    @Test
    void anAllCasesExportGoesToAStreamWhole() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportOutcome o = service.export(Fake.allCases("csv"), List.of(C1, C3), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("csv:C-1,C-3");
        assertThat(o).isEqualTo(new ExportOutcome("csv", 2, List.of(), List.of()));
    }

    @Test
    void aFailedStreamExportWritesNothing() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> service.export(new Fake("csv", "csv", false, true, false), List.of(C1, C3), out))
                .isInstanceOf(ExportException.class).hasMessage("C-3 is not published");
        assertThat(out.size()).isZero();

        ExportOutcome refused = service.export(Fake.perCase("claimreview"), List.of(C3), out);
        assertThat(out.size()).isZero();
        assertThat(refused.problems()).containsExactly(new ExportOutcome.Problem("C-3", "C-3 is not published"));
        assertThat(refused.exported()).isZero();
        assertThat(refused.skipped()).isEqualTo(1);
    }

    @Test
    void aStreamTakesOneCaseOfAPerCaseExporter() {
        assertThatThrownBy(() -> service.export(Fake.perCase("claimreview"), List.of(C1, C2), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one document per case");
    }

    @Test
    void anAllCasesExportWritesOneFileAtomically() throws Exception {
        Path file = tmp.resolve("cases.csv");
        ExportOutcome o = service.export(Fake.allCases("csv"), List.of(C1, C2), file);
        assertThat(read(file)).isEqualTo("csv:C-1,C-2");
        assertThat(o.files()).containsExactly(file);
        assertThat(names(tmp)).containsExactly("cases.csv");
    }

    @Test
    void anExporterFailingMidwayLeavesTheOldFileWholeAndNoTemporaryFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("cases.csv"), "the export of yesterday");
        assertThatThrownBy(() -> service.export(new Fake("csv", "csv", false, false, true), List.of(C1), file))
                .isInstanceOf(IOException.class).hasMessage("disk full halfway");
        assertThat(read(file)).isEqualTo("the export of yesterday");
        assertThat(names(tmp)).containsExactly("cases.csv");

        assertThatThrownBy(() -> service.export(new Fake("csv", "csv", false, true, false), List.of(C1, C3), file))
                .isInstanceOf(ExportException.class);
        assertThat(read(file)).isEqualTo("the export of yesterday");
        assertThat(names(tmp)).containsExactly("cases.csv");
    }

    @Test
    void aRefusedCaseLeavesItsOldFileWhole() throws Exception {
        Path file = Files.writeString(tmp.resolve("C-3.jsonld"), "published last week");
        ExportOutcome o = service.export(Fake.perCase("claimreview"), List.of(C3), file);
        assertThat(read(file)).isEqualTo("published last week");
        assertThat(o.files()).isEmpty();
        assertThat(o.problems()).containsExactly(new ExportOutcome.Problem("C-3", "C-3 is not published"));
    }

    @Test
    void aPerCaseExportOfSeveralCasesWritesOneFilePerCaseIntoANewDirectory() throws Exception {
        Path dir = tmp.resolve("out/claimreview");
        ExportOutcome o = service.export(Fake.perCase("claimreview"), List.of(C1, C3, C2), dir);
        assertThat(names(dir)).containsExactly("C-1.jsonld", "C-2.jsonld");
        assertThat(read(dir.resolve("C-2.jsonld"))).isEqualTo("claimreview:C-2");
        assertThat(o.files()).containsExactly(dir.resolve("C-1.jsonld"), dir.resolve("C-2.jsonld"));
        assertThat(o.exported()).isEqualTo(2);
        assertThat(o.problems()).containsExactly(new ExportOutcome.Problem("C-3", "C-3 is not published"));
        assertThat(o.skipped()).isEqualTo(1);
    }

    @Test
    void aCaseWhoseIdIsNotAFileNameIsNotWrittenAnywhere() throws Exception {
        Path dir = tmp.resolve("out/claimreview");
        List<FactCheck> forged = List.of(check("../../escaped", CaseState.PUBLISHED), check("/etc/x", CaseState.PUBLISHED),
                check(".hidden", CaseState.PUBLISHED), check("bell\u0007", CaseState.PUBLISHED), C1);

        ExportOutcome o = service.export(Fake.perCase("claimreview"), forged, dir);

        assertThat(names(dir)).containsExactly("C-1.jsonld");
        assertThat(names(tmp)).containsExactly("out");
        assertThat(o.problems()).extracting(ExportOutcome.Problem::message).containsExactly(
                "case ../../escaped: its id cannot name a file in " + dir + "; not written (audit verify checks the workspace)",
                "case /etc/x: its id cannot name a file in " + dir + "; not written (audit verify checks the workspace)",
                "case .hidden: its id cannot name a file in " + dir + "; not written (audit verify checks the workspace)",
                "case bell\\x07: its id cannot name a file in " + dir + "; not written (audit verify checks the workspace)");
    }

    @Test
    void aPerCaseExportOfOneCaseWritesTheFileOrIntoAnExistingDirectory() throws Exception {
        Path file = tmp.resolve("c1.json");
        assertThat(service.export(Fake.perCase("claimreview"), List.of(C1), file).files()).containsExactly(file);
        assertThat(read(file)).isEqualTo("claimreview:C-1");

        Path dir = Files.createDirectories(tmp.resolve("reviews"));
        assertThat(service.export(Fake.perCase("claimreview"), List.of(C2), dir).files()).containsExactly(dir.resolve("C-2.jsonld"));
    }

    @Test
    void anAllCasesExportRefusesADirectoryAsItsFile() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("cases.csv"));
        assertThatThrownBy(() -> service.export(Fake.allCases("csv"), List.of(C1), dir)).isInstanceOf(FileSystemException.class)
                .hasMessageContaining("is a directory");
        assertThat(Files.isDirectory(dir)).isTrue();
    }

    @Test
    void writtenFilesHaveTheUsualPermissionsNotThoseOfATemporaryFile() throws Exception {
        Path plain = Files.writeString(tmp.resolve("plain.txt"), "x");
        Path exported = tmp.resolve("cases.csv");
        service.export(Fake.allCases("csv"), List.of(C1), exported);
        if (plain.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
            assertThat(Files.getPosixFilePermissions(exported)).isEqualTo(expected);
        }
    }

    @Test
    void factChecksAreBuiltFromTheNamedCasesOrAllOfThem() throws Exception {
        Map<String, Case> cases = new java.util.LinkedHashMap<>();
        for (FactCheck fc : List.of(C1, C2, C3)) {
            cases.put(fc.subject().id(), fc.subject());
        }
        List<String> historyAskedFor = new ArrayList<>();
        DeskSession session = (DeskSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DeskSession.class}, (p, m, a) -> {
            switch (m.getName()) {
                case "rules":
                    return RULES;
                case "cases":
                    return List.copyOf(cases.values());
                case "find": {
                    Case c = cases.get((String) a[0]);
                    if (c == null) {
                        throw new WorkflowException("no case " + a[0] + " (case list shows them)");
                    }
                    return c;
                }
                case "history":
                    historyAskedFor.add((String) a[0]);
                    return List.of(new CaseEvent(1, Instant.EPOCH, "ana", "article.imported", "opened " + a[0]));
                default:
                    throw new UnsupportedOperationException(m.getName());
            }
        });

        List<FactCheck> some = service.factChecks(session, List.of("C-3", "C-1"));
        assertThat(some).extracting(fc -> fc.subject().id()).containsExactly("C-3", "C-1");
        assertThat(some.get(0).rules()).isEqualTo(RULES);
        assertThat(some.get(0).history()).extracting(CaseEvent::summary).containsExactly("opened C-3");

        assertThat(service.factChecks(session, List.of())).extracting(fc -> fc.subject().id()).containsExactly("C-1", "C-2", "C-3");
        assertThatThrownBy(() -> service.factChecks(session, List.of("C-9"))).isInstanceOf(WorkflowException.class).hasMessageContaining("C-9");
    }
}
