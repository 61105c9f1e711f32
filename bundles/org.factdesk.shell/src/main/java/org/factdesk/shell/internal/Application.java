package org.factdesk.shell.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.factdesk.api.config.DeskConfiguration;
import org.factdesk.api.desk.CaseDesk;
import org.factdesk.api.export.ExportService;
import org.factdesk.api.intake.DeskImport;
import org.factdesk.api.intake.Intake;
import org.factdesk.api.pipeline.Importers;
import org.factdesk.api.pipeline.Pipeline;
import org.factdesk.api.plugins.PluginShelf;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The application services the commands call, held as DS references (bound and released by SCR as
 * they come and go), shared by the command line and the Gogo commands.
 */
@Component(service = Application.class)
public class Application {

    private final Pipeline pipeline;
    private final Importers importers;
    private final Intake intake;
    private final DeskImport imports;
    private final ExportService exports;
    private final BundleContext context;
    private volatile CaseDesk desk;
    private volatile DeskConfiguration configuration;
    private volatile PluginShelf shelf;

    @Activate
    public Application(@Reference Pipeline pipeline, @Reference Importers importers, @Reference Intake intake,
            @Reference DeskImport imports, @Reference ExportService exports, BundleContext context) {
        this.imports = imports;
        this.pipeline = pipeline;
        this.importers = importers;
        this.intake = intake;
        this.exports = exports;
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setDesk(CaseDesk d) {
        desk = d;
    }

    void unsetDesk(CaseDesk d) {
        if (desk == d) {
            desk = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setShelf(PluginShelf s) {
        shelf = s;
    }

    void unsetShelf(PluginShelf s) {
        if (shelf == s) {
            shelf = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setConfiguration(DeskConfiguration c) {
        configuration = c;
    }

    void unsetConfiguration(DeskConfiguration c) {
        if (configuration == c) {
            configuration = null;
        }
    }

    /** The commands for one caller: its working directory and standard input. */
    Commands commands(Path cwd, InputStream stdin) {
        Map<String, String> env = new HashMap<>(System.getenv());
        // the launcher's --workspace, --keys, --as come as framework properties and win over the environment
        for (String key : List.of("FACTDESK_WORKSPACE", "FACTDESK_KEYS", "FACTDESK_USER", "FACTDESK_QUIET")) {
            String fromFramework = context.getProperty(key.toLowerCase(Locale.ROOT).replace('_', '.'));
            if (fromFramework != null) {
                env.put(key, fromFramework);
            }
        }
        return new Commands(pipeline, importers, intake, imports, exports, Optional.ofNullable(shelf), cwd, stdin,
                () -> Optional.ofNullable(desk), env, () -> Optional.ofNullable(configuration));
    }
}
