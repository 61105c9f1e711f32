package org.factdesk.shell.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Command arguments: positional words first, then {@code --name value} (or {@code --name=value})
 * options in any order. Each read removes what it used; {@link #done()} refuses leftovers, so a
 * mistyped option is an error rather than silently ignored.
 */
final class Args {

    private final List<String> words;
    /** What came after {@code --}: positional, whatever it looks like (a file called {@code --json}). */
    private final List<String> afterDoubleDash;
    private final boolean doubleDash;

    Args(List<String> words) {
        int end = words.indexOf("--");
        this.words = new ArrayList<>(end < 0 ? words : words.subList(0, end));
        this.doubleDash = end >= 0;
        this.afterDoubleDash = end < 0 ? List.of() : List.copyOf(words.subList(end + 1, words.size()));
    }

    String next(String missing) throws DeskCommands.Stop {
        if (words.isEmpty() || words.get(0).startsWith("--")) {
            throw new DeskCommands.Stop(Commands.USAGE, missing);
        }
        return words.remove(0);
    }

    /** The value of an option, or null if absent; repeated options are an error. */
    String option(String name) throws DeskCommands.Stop {
        List<String> all = all(name);
        if (all.size() > 1) {
            throw new DeskCommands.Stop(Commands.USAGE, name + " given " + all.size() + " times");
        }
        return all.isEmpty() ? null : all.get(0);
    }

    String required(String name, String missing) throws DeskCommands.Stop {
        String v = option(name);
        if (v == null) {
            throw new DeskCommands.Stop(Commands.USAGE, missing);
        }
        return v;
    }

    List<String> all(String name) throws DeskCommands.Stop {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < words.size();) {
            String w = words.get(i);
            if (w.equals(name)) {
                if (i + 1 >= words.size()) {
                    throw new DeskCommands.Stop(Commands.USAGE, name + " needs a value");
                }
                words.remove(i);
                values.add(words.remove(i));
            } else if (w.startsWith(name + "=")) {
                values.add(words.remove(i).substring(name.length() + 1));
            } else {
                i++;
            }
        }
        return values;
    }

    boolean flag(String name) {
        return words.removeIf(w -> w.equals(name));
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

    /** The remaining positional words; an unknown option is an error. */
    List<String> rest() throws DeskCommands.Stop {
        for (String w : words) {
            if (w.startsWith("--")) {
                throw new DeskCommands.Stop(Commands.USAGE, "unknown option \"" + w + "\"");
            }
        }
        List<String> r = new ArrayList<>(words);
        r.addAll(afterDoubleDash);
        words.clear();
        return List.copyOf(r);
    }

    /** What is left, options included, and the {@code --} with what followed it. */
    List<String> remaining() {
        List<String> r = new ArrayList<>(words);
        if (doubleDash) {
            r.add("--");
            r.addAll(afterDoubleDash);
        }
        words.clear();
        return List.copyOf(r);
    }

    void done() throws DeskCommands.Stop {
        if (!words.isEmpty()) {
            throw new DeskCommands.Stop(Commands.USAGE, (words.get(0).startsWith("--") ? "unknown option \"" : "unexpected \"") + words.get(0) + "\"");
        }
    }
}
