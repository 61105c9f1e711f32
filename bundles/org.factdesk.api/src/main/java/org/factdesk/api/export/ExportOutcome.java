package org.factdesk.api.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What an {@link ExportService} export did, for the face to report as it wants.
 *
 * @param format   the exporter's format
 * @param exported how many fact-checks were exported
 * @param files    the files written, in order; empty when written to a stream
 * @param problems the fact-checks a per-case exporter refused, in order
 * @since 1.1
 */
public record ExportOutcome(String format, int exported, List<Path> files, List<Problem> problems) {

    /**
     * A fact-check the exporter refused.
     *
     * @param caseId  the case, for example {@code C-3}
     * @param message the exporter's reason ({@link ExportException#getMessage()}), for example
     *                {@code "C-3 is not published"}
     * @since 1.1
     */
    public record Problem(String caseId, String message) {
        /** @throws NullPointerException if a part is {@code null} */
        public Problem {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(message, "message");
        }
    }

    /** @throws NullPointerException if {@code format}, {@code files} or {@code problems} is {@code null} */
    public ExportOutcome {
        Objects.requireNonNull(format, "format");
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** @return how many fact-checks were not exported: refused by the exporter */
    public int skipped() {
        return problems.size();
    }
}
