package org.factdesk.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.factdesk.api.export.Exporter;
import org.factdesk.api.export.FactCheck;

/** What the HTML and Markdown reports share: one document per fact-check, rendered whole before anything is written. */
abstract class ReportExporter implements Exporter {

    @Override
    public boolean perCase() {
        return true;
    }

    @Override
    public void export(List<FactCheck> checks, OutputStream out) throws IOException {
        StringBuilder all = new StringBuilder();
        for (FactCheck check : checks) {
            all.append(render(check));
        }
        out.write(all.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** @return the document for one fact-check */
    abstract String render(FactCheck check);
}
