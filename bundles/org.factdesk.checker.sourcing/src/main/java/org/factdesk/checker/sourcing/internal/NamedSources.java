package org.factdesk.checker.sourcing.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factdesk.api.claim.Attribution;
import org.factdesk.api.claim.Claim;

/**
 * The named sources of an article's claims, indexed so that "is some other source named?" costs the
 * length of the source asked about, not a pass over every claim of the article. Two sources are the
 * same when one ends with the other ("Zuckerberg", "Mark Zuckerberg").
 *
 * @param sources  the distinct named sources
 * @param endingIn how many of them end with a string, for every ending of every source
 */
record NamedSources(Set<String> sources, Map<String, Integer> endingIn) {

    NamedSources {
        sources = Set.copyOf(sources);
        endingIn = Map.copyOf(endingIn);
    }

    static NamedSources of(List<Claim> claims) {
        Set<String> sources = new HashSet<>();
        for (Claim c : claims) {
            Attribution a = c.attribution();
            if (a != null && a.kind() == Attribution.Kind.NAMED && a.source() != null) {
                sources.add(a.source());
            }
        }
        Map<String, Integer> endingIn = new HashMap<>();
        for (String s : sources) {
            for (int i = 0; i <= s.length(); i++) {
                endingIn.merge(s.substring(i), 1, Integer::sum);
            }
        }
        return new NamedSources(sources, endingIn);
    }

    /** Whether a source not the same as {@code source} is named. */
    boolean otherThan(String source) {
        int same = endingIn.getOrDefault(source, 0); // those ending with source, itself included
        for (int i = 1; i <= source.length(); i++) {
            if (sources.contains(source.substring(i))) {
                same++; // those source ends with, itself left out as counted above
            }
        }
        return same < sources.size();
    }
}
