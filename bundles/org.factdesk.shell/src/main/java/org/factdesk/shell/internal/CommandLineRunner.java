package org.factdesk.shell.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.factdesk.commandline.CommandModel;
import org.factdesk.commandline.Invocation;
import org.factdesk.commandline.UsageException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Runs the command given on the {@code factdesk} command line. The launcher registers an
 * {@link IntConsumer} marked {@code factdesk.launch=cli} with the arguments once every bundle
 * has started; this component runs the command on its own thread and hands back the exit code.
 * {@code run SCRIPT} goes to the script runner, there when the launcher started the Gogo runtime.
 */
@Component(immediate = true)
public class CommandLineRunner {

    private final Commands commands;

    @Activate
    public CommandLineRunner(
            @Reference(target = "(factdesk.launch=cli)", service = IntConsumer.class) Map.Entry<Map<String, ?>, IntConsumer> launch,
            @Reference Application application,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY) ScriptRunner scripts) { // null without the Gogo runtime
        String[] args = (String[]) launch.getKey().get("factdesk.launch.args");
        Object cwd = launch.getKey().get("factdesk.launch.cwd");
        IntConsumer exit = launch.getValue();
        Path dir = Path.of(cwd != null ? cwd.toString() : "").toAbsolutePath();
        commands = application.commands(dir, System.in);
        Thread t = new Thread(() -> {
            int code = Commands.INTERNAL;
            // the launcher hands over the process's standard output; a host embedding FactDesk, its System.out
            StandardOutput stdout = new StandardOutput("process".equals(launch.getKey().get("factdesk.launch.stdout"))
                    ? new FileOutputStream(FileDescriptor.out) : System.out);
            PrintStream out = new PrintStream(stdout, false, Charset.defaultCharset());
            if ("process".equals(launch.getKey().get("factdesk.launch.stdout"))) {
                commands.writesToProcessOutput(out);
            }
            try {
                // read once, here: run SCRIPT goes to the script runner, the rest to the commands
                Invocation call = CommandModel.parse(List.of(args));
                if (call.request() == Invocation.Request.RUN && call.command().equals(List.of("run"))) {
                    code = scripts != null ? scripts.run(call.words().get(0), call.options().containsKey("--keep-going"), dir, System.err)
                            : fail("scripts need the Gogo runtime (org.apache.felix.gogo.runtime), which is not running");
                } else {
                    code = commands.run(call, out, System.err);
                }
            } catch (UsageException e) {
                System.err.println(e.line());
                code = Commands.USAGE;
            } finally {
                out.flush();
                System.out.flush();
                if (stdout.failed() || out.checkError()) {
                    // a reader that went away is no error worth a line (as for any Unix tool); a full disk is
                    if (!stdout.closedPipe()) {
                        System.err.println("factdesk: cannot write standard output: " + stdout.reason());
                    }
                    code = stdout.closedPipe() ? StandardOutput.CLOSED_PIPE : StandardOutput.WRITE_FAILED;
                }
                exit.accept(code);
            }
        }, "factdesk-command");
        t.start();
    }

    @Deactivate
    void stop() {
        commands.stopping();
    }

    private static int fail(String message) {
        System.err.println("factdesk: " + message);
        return Commands.INTERNAL;
    }
}
