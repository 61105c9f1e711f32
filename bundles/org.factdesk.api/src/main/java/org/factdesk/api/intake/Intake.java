package org.factdesk.api.intake;

import org.factdesk.api.job.CancelledException;
import org.factdesk.api.job.Monitor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads what a user names into articles, with the registered importers
 * ({@link org.factdesk.api.pipeline.Importers}). Provided by FactDesk.
 *
 * <p>Each input of the {@link Request} is, in order:
 * <ul>
 * <li>{@code -}: standard input ({@link Request#standardInput()}), read to its end; location {@code -};</li>
 * <li>a string starting with {@code http://} or {@code https://}: fetched once, following redirects,
 * within the service's time limit (30 s by default, to connect and for the response) and size limit
 * (64 MiB by default); location: the URL as given;</li>
 * <li>a directory: every regular file under it, recursively, in sorted path order, except files whose
 * name starts with {@code .}; location: the input as typed followed by the file's path relative to the
 * directory ({@code DIR/sub/a.txt});</li>
 * <li>anything else: a file; location: the input as typed.</li>
 * </ul>
 * Relative paths are resolved against {@link Request#workingDirectory()}, but locations keep the
 * names the user typed: relative inputs stay relative.
 *
 * <p>Each article read goes to {@link Receiver#article}, in input order. An input or file that
 * cannot be read is reported as one {@link InputProblem} to {@link Receiver#problem}, and the
 * other inputs are still read. The problem lines are worded as the command line always printed
 * them, without a program prefix: {@code DIR: directory has no files},
 * {@code DIR: cannot list directory: ...}, {@code URL: the server answered HTTP 404 (not found)}, {@code URL: cannot fetch: ...},
 * {@code URL: larger than the 64 MiB limit}, {@code -: cannot read standard input: ...}, and an
 * importer's refusal as {@link org.factdesk.api.article.ImportException#describe()}
 * ({@code missing.txt: no such file}, {@code a.bin: binary data, not an article (...)}).
 *
 * <p>Progress: {@link Monitor#begin} with the number of inputs unknown (-1) while inputs are
 * listed, then again with the number of sources (files, URLs, standard input, and each input that
 * failed to list) as total; {@link Monitor#worked} 1 per source; {@link Monitor#message} the
 * location being read. Cancellation (the monitor's, or the reading thread's interrupt) is checked
 * before each input, file listed, source and article, and while a URL is fetched.
 *
 * <p>Thread-safe: several reads may run at once.
 */
@ProviderType
public interface Intake {

    /**
     * Reads every input of {@code request} and hands each article to {@code receiver}.
     *
     * @param <X>      the exception the receiver may throw
     * @param request  what to read, and where relative paths start
     * @param receiver gets each article and each problem, on the calling thread, in input order
     * @param monitor  where progress goes and cancellation comes from; {@link Monitor#NONE} for none
     * @return how many sources and articles were read, and the problems (also given to the receiver)
     * @throws X                    if the receiver throws it; reading stops there
     * @throws CancelledException   if the monitor was cancelled or the thread interrupted (the
     *                              interrupt status is left set); what the receiver got stays got
     * @throws NullPointerException if an argument is {@code null}
     */
    <X extends Exception> Summary read(Request request, Receiver<X> receiver, Monitor monitor) throws X, CancelledException;
}
