package org.factdesk.checker.priors.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.factdesk.api.check.Stance;

/**
 * Maps a publisher's rating text to a stance. Ratings vary by publisher (Snopes "Mixture",
 * PolitiFact "Pants on Fire", AFP "Missing context"), so this matches words in order: caveats
 * first ("half true" is not "true", "misleading" is not outright false), then refutations
 * ("incorrect" before "correct"), then support. Anything else is INFO.
 */
final class Ratings {

    private static final List<Map.Entry<Stance, Pattern>> RULES = List.of(
            Map.entry(Stance.NEEDS_CONTEXT, words("half[ -]?true", "partly", "partially", "mixture", "mixed", "missing context",
                    "needs context", "lacks context", "lacking context", "out of context", "misleading", "unproven", "unsupported",
                    "unverified", "no evidence", "exaggerat\\w*", "outdated", "miscaptioned", "satire", "disputed", "cherry[- ]picked",
                    "spin", "distorts?", "half[- ]truth", "three pinocchios", "two pinocchios")),
            Map.entry(Stance.REFUTES, words("not true", "untrue", "false", "pants on fire", "incorrect", "inaccurate", "fake",
                    "wrong", "fabricated", "hoax", "scam", "misattributed", "debunked", "baseless", "four pinocchios",
                    "altered", "doctored", "bogus")),
            Map.entry(Stance.SUPPORTS, words("true", "correct", "accurate", "correct attribution", "verified", "confirmed",
                    "legit", "geppetto checkmark")));

    private Ratings() {
    }

    private static Pattern words(String... alternatives) {
        return Pattern.compile("\\b(?:" + String.join("|", alternatives) + ")\\b");
    }

    static Stance stance(String rating) {
        String r = rating.toLowerCase(Locale.ROOT).replace('_', ' ');
        for (Map.Entry<Stance, Pattern> rule : RULES) {
            if (rule.getValue().matcher(r).find()) {
                return rule.getKey();
            }
        }
        return Stance.INFO;
    }
}
