package org.factdesk.workbench.api;

/**
 * The ids of the views the stock perspectives ({@code check}, {@code review}, {@code plugins}) name.
 * The platform provides the progress view and the Error Log; FactDesk's desk bundle provides the
 * others. A perspective keeps a placeholder where no bundle provides a view now.
 *
 * @since 1.0.0
 */
public final class StandardViews {

    /** Articles and cases in one table. */
    public static final String TRIAGE = "org.factdesk.view.triage";
    /** The article text with its claims highlighted. */
    public static final String ARTICLE = "org.factdesk.view.article";
    /** The selected claim's details and findings. */
    public static final String INSPECTOR = "org.factdesk.view.inspector";
    /** Verdict, rationale, sources and sign-off of the selected case. */
    public static final String REVIEW = "org.factdesk.view.review";
    /** Bundles and checkers, install, update and remove. */
    public static final String PLUGINS = "org.factdesk.view.plugins";
    /** The journal's verification. */
    public static final String AUDIT = "org.factdesk.view.audit";
    /** Running jobs with progress and cancel (the platform's). */
    public static final String PROGRESS = "org.factdesk.view.progress";
    /** Warnings and errors of the OSGi Log Service (the platform's). */
    public static final String ERROR_LOG = "org.factdesk.view.errorlog";

    /** The perspective for checking articles. */
    public static final String CHECK_PERSPECTIVE = "check";
    /** The perspective for reviewing and signing off cases. */
    public static final String REVIEW_PERSPECTIVE = "review";
    /** The perspective for managing plugins. */
    public static final String PLUGINS_PERSPECTIVE = "plugins";

    private StandardViews() {
    }
}
