package org.factdesk.intake.internal;

import java.util.List;

import org.factdesk.api.article.Article;
import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.DeskSession;
import org.factdesk.api.desk.WorkflowException;
import org.factdesk.api.intake.DeskImport;
import org.factdesk.api.intake.InputProblem;
import org.factdesk.api.intake.Intake;
import org.factdesk.api.intake.Receiver;
import org.factdesk.api.intake.Request;
import org.factdesk.api.intake.Summary;
import org.factdesk.api.job.CancelledException;
import org.factdesk.api.job.Monitor;
import org.factdesk.api.pipeline.Pipeline;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Intake, then the pipeline, then the workflow: one article at a time, so a long import shows its progress case by case. */
@Component
public class WorkspaceImport implements DeskImport {

    private final Intake intake;
    private final Pipeline pipeline;

    @Activate
    public WorkspaceImport(@Reference Intake intake, @Reference Pipeline pipeline) {
        this.intake = intake;
        this.pipeline = pipeline;
    }

    @Override
    public Summary importInto(DeskSession session, String actor, Request request, Options options, Listener listener, Monitor monitor)
            throws WorkflowException, CancelledException {
        if (options.url() != null && request.inputs().size() > 1) {
            throw new IllegalArgumentException("a URL describes one article; import one input with it");
        }
        return intake.read(request, new Receiver<WorkflowException>() {
            @Override
            public void article(String location, Article read) throws WorkflowException {
                Article a = options.published() == null ? read : new Article(read.id(), read.source(), read.format(), read.headline(),
                        read.byline(), options.published(), read.language(), read.text(), read.paragraphs(), read.metadata());
                List<Case> touched = session.importArticle(actor, pipeline.check(a), options.minScore(), options.url(), options.publisher());
                List<Case> joined = touched.stream().filter(c -> c.alsoIn().stream().anyMatch(w -> w.articleId().equals(a.id()))).toList();
                listener.imported(location, a, touched.stream().filter(c -> !joined.contains(c)).toList(), joined);
            }

            @Override
            public void problem(InputProblem problem) {
                listener.problem(problem);
            }
        }, monitor);
    }
}
