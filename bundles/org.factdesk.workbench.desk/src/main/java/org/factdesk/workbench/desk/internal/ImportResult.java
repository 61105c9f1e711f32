package org.factdesk.workbench.desk.internal;

import java.util.List;

import org.factdesk.api.article.Article;
import org.factdesk.api.desk.Case;
import org.factdesk.api.intake.InputProblem;

/**
 * What an import did, for the views to report.
 *
 * @param articles each article stored (or already there), in input order
 * @param problems the inputs that could not be read, worded as the command line prints them
 */
public record ImportResult(List<Imported> articles, List<InputProblem> problems) {

    /**
     * One article.
     *
     * @param location where it came from, as named
     * @param article  the article
     * @param opened   the cases it opened
     * @param joined   the cases it joined (the same claim was already in a case)
     */
    public record Imported(String location, Article article, List<Case> opened, List<Case> joined) {
        /** @return {@code a.txt: article 1f3b..., 12 cases opened}, as {@code factdesk import} prints it */
        public String describe() {
            return location + ": article " + article.id() + (opened.isEmpty() && joined.isEmpty() ? " is already in the workspace"
                    : ", " + opened.size() + " cases opened" + (joined.isEmpty() ? "" : ", " + joined.size() + " claims already in a case"));
        }
    }

    /** Copies the lists. */
    public ImportResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /** @return one line for the status bar */
    public String summary() {
        int opened = articles.stream().mapToInt(a -> a.opened().size()).sum();
        int joined = articles.stream().mapToInt(a -> a.joined().size()).sum();
        return "Imported " + articles.size() + (articles.size() == 1 ? " article" : " articles") + ": " + opened + " cases opened"
                + (joined > 0 ? ", " + joined + " claims joined a case" : "") + (problems.isEmpty() ? "" : "; " + problems.size() + " inputs could not be read");
    }
}
