package org.factdesk.shell.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.factdesk.api.pipeline.Importers;
import org.factdesk.api.pipeline.Pipeline;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs the command given on the {@code factdesk} command line. The launcher registers an
 * {@link IntConsumer} marked {@code factdesk.launch=cli} with the arguments once every bundle
 * has started; this component runs the command on its own thread and hands back the exit code.
 */
@Component(immediate = true)
public class CommandLineRunner {

    @Activate
    public CommandLineRunner(
            @Reference(target = "(factdesk.launch=cli)", service = IntConsumer.class) Map.Entry<Map<String, ?>, IntConsumer> launch,
            @Reference Pipeline pipeline, @Reference Importers importers, org.osgi.framework.BundleContext context) {
        String[] args = (String[]) launch.getKey().get("factdesk.launch.args");
        Object cwd = launch.getKey().get("factdesk.launch.cwd");
        IntConsumer exit = launch.getValue();
        Commands commands = GogoCommands.commands(pipeline, importers, context, Path.of(cwd != null ? cwd.toString() : ""));
        Thread t = new Thread(() -> {
            int code = Commands.INTERNAL;
            try {
                code = commands.run(List.of(args), System.out, System.err);
            } finally {
                System.out.flush();
                exit.accept(code);
            }
        }, "factdesk-command");
        t.start();
    }
}
