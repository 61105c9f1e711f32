package org.factdesk.commandline;

import java.util.List;
import java.util.Map;

/**
 * A command line as read by the {@link CommandModel}.
 *
 * @param request what is asked: run a command, show a command's help, or the version
 * @param command the command's path: {@code ["check"]}, {@code ["case", "propose"]}; {@code []} for {@code factdesk} itself
 * @param options the command's own options given, by their long name, with the values typed ({@code []} for a switch)
 * @param words   the command's arguments, in order
 * @param globals the options every command takes, wherever they were given
 */
public record Invocation(Request request, List<String> command, Map<String, List<String>> options, List<String> words, Globals globals) {

    /** What a command line asks for. */
    public enum Request {
        RUN, HELP, VERSION
    }

    public Invocation {
        command = List.copyOf(command);
        options = Map.copyOf(options);
        words = List.copyOf(words);
    }

    /** The command's name as typed: {@code case propose}; {@code factdesk} for none. */
    public String name() {
        return command.isEmpty() ? "factdesk" : String.join(" ", command);
    }
}
