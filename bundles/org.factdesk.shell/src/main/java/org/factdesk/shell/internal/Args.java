package org.factdesk.shell.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factdesk.commandline.Invocation;

/**
 * A command's arguments as the command model read them: the words (subcommand names below the
 * command, then its arguments) and its options. The model has already refused unknown options,
 * missing values and arguments; what is left here is what a value means. Each read takes what it
 * used; {@link #done()} refuses words nobody took.
 */
final class Args {

    private final List<String> words;
    private final Map<String, List<String>> options;

    /** The arguments of the command {@code call} names, below its first word ({@code case propose C-1}: propose, C-1). */
    Args(Invocation call) {
        this.words = new ArrayList<>(call.command().subList(1, call.command().size()));
        this.words.addAll(call.words());
        this.options = new LinkedHashMap<>(call.options());
    }

    String next(String missing) throws DeskCommands.Stop {
        if (words.isEmpty()) {
            throw new DeskCommands.Stop(Commands.USAGE, missing);
        }
        return words.remove(0);
    }

    /** The value of an option, or null if absent (the model refuses a single-valued option given twice). */
    String option(String name) {
        List<String> v = options.remove(name);
        return v == null || v.isEmpty() ? null : v.get(v.size() - 1);
    }

    String required(String name, String missing) throws DeskCommands.Stop {
        String v = option(name);
        if (v == null) {
            throw new DeskCommands.Stop(Commands.USAGE, missing);
        }
        return v;
    }

    List<String> all(String name) {
        List<String> v = options.remove(name);
        return v == null ? List.of() : v;
    }

    boolean flag(String name) {
        return options.remove(name) != null;
    }

    /** A score option: a number from 0 to 1, or {@code otherwise} if absent. */
    double score(String name, double otherwise) throws DeskCommands.Stop {
        String v = option(name);
        if (v == null) {
            return otherwise;
        }
        double n;
        try {
            n = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            n = Double.NaN;
        }
        if (!(n >= 0 && n <= 1)) {
            throw new DeskCommands.Stop(Commands.USAGE, name + " needs a number between 0 and 1, not \"" + v + "\"");
        }
        return n;
    }

    /** A count option: a whole number from 1 to {@code max}, or {@code otherwise} if absent. */
    int count(String name, int otherwise, int max) throws DeskCommands.Stop {
        String v = option(name);
        if (v == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new DeskCommands.Stop(Commands.USAGE, name + " needs a whole number from 1 to " + max + ", not \"" + v + "\"");
    }

    /** The remaining words. */
    List<String> rest() {
        List<String> r = List.copyOf(words);
        words.clear();
        return r;
    }

    void done() throws DeskCommands.Stop {
        if (!words.isEmpty()) {
            throw new DeskCommands.Stop(Commands.USAGE, "unexpected \"" + words.get(0) + "\"");
        }
    }
}
