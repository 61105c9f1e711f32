package org.factdesk.intake.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.factdesk.api.pipeline.ArticleReport;
import org.factdesk.api.pipeline.Pipeline;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Intake, then the pipeline, then the workflow. Articles are checked on {@code threads} threads at once
 * while the calling thread writes them into the workspace one at a time, in input order, so a long
 * import shows its progress case by case and numbers its cases as a one-thread import would.
 */
@Component
public class WorkspaceImport implements DeskImport {

    private static final AtomicInteger POOLS = new AtomicInteger();

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
        int pool = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        ExecutorService checking = options.threads() == 1 ? null : Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "factdesk-import-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // each checked (or checking) article and each problem, in input order; bounded so memory stays bounded
        Deque<Step> ahead = new ArrayDeque<>();
        int window = 2 * options.threads();
        try {
            Summary summary = intake.read(request, new Receiver<WorkflowException>() {
                @Override
                public void article(String location, Article read) throws WorkflowException {
                    Article a = options.published() == null ? read : new Article(read.id(), read.source(), read.format(), read.headline(),
                            read.byline(), options.published(), read.language(), read.text(), read.paragraphs(), read.metadata());
                    if (checking == null) {
                        store(session, actor, options, listener, location, a, pipeline.check(a));
                        return;
                    }
                    ahead.add(new Step(location, a, checking.submit(() -> pipeline.check(a)), null));
                    while (ahead.size() > window) {
                        next(ahead.poll(), session, actor, options, listener);
                    }
                }

                @Override
                public void problem(InputProblem problem) {
                    if (ahead.isEmpty()) {
                        listener.problem(problem);
                    } else {
                        ahead.add(new Step(null, null, null, problem));
                    }
                }
            }, monitor);
            while (!ahead.isEmpty()) {
                monitor.checkCancelled();
                next(ahead.poll(), session, actor, options, listener);
            }
            return summary;
        } finally {
            if (checking != null) {
                checking.shutdownNow();
            }
        }
    }

    /** An article being checked, or a problem to report once the articles before it are in. */
    private record Step(String location, Article article, Future<ArticleReport> report, InputProblem problem) {
    }

    private void next(Step step, DeskSession session, String actor, Options options, Listener listener) throws WorkflowException {
        if (step.problem() != null) {
            listener.problem(step.problem());
            return;
        }
        ArticleReport report;
        try {
            report = step.report().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking " + step.location(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
        store(session, actor, options, listener, step.location(), step.article(), report);
    }

    private static void store(DeskSession session, String actor, Options options, Listener listener, String location, Article a,
            ArticleReport report) throws WorkflowException {
        List<Case> touched = session.importArticle(actor, report, options.minScore(), options.url(), options.publisher());
        List<Case> joined = touched.stream().filter(c -> c.alsoIn().stream().anyMatch(w -> w.articleId().equals(a.id()))).toList();
        listener.imported(location, a, touched.stream().filter(c -> !joined.contains(c)).toList(), joined);
    }
}
