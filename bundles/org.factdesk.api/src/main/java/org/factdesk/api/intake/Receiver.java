package org.factdesk.api.intake;

import org.factdesk.api.article.Article;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Gets what an {@link Intake} read, as it is read. The face implements it: checks each article,
 * imports it into a workspace, prints it.
 *
 * @param <X> a checked exception the receiver may throw to stop the reading (for example
 *            {@link org.factdesk.api.desk.WorkflowException}); {@link RuntimeException} for none
 */
@ConsumerType
@FunctionalInterface
public interface Receiver<X extends Exception> {

    /**
     * One article read.
     *
     * @param location where it came from, as the user named it ({@code DIR/sub/a.txt}, a URL, {@code -})
     * @param article  the article
     * @throws X to stop the reading; {@link Intake#read} throws it on
     */
    void article(String location, Article article) throws X;

    /**
     * One input or file that could not be read; the reading goes on with the next. Does nothing
     * unless overridden: the problems are in the {@link Summary} too.
     *
     * @param problem what failed
     * @throws X to stop the reading; {@link Intake#read} throws it on
     */
    default void problem(InputProblem problem) throws X {
    }
}
