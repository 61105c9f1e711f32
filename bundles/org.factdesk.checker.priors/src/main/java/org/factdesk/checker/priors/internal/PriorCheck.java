package org.factdesk.checker.priors.internal;

import java.util.Objects;

/**
 * One earlier fact-check from an archive.
 *
 * @param claim     the claim that was checked; never blank
 * @param rating    the verdict as the publisher wrote it ("False", "Mixture"), or empty
 * @param url       the fact-check's address, or empty
 * @param title     the fact-check's headline, or empty
 * @param date      publication date as written (ISO-8601 where the archive has it), or empty
 * @param publisher who published it, or empty
 * @param source    archive and record it came from ("archive.jsonl:12"), for explanations
 */
record PriorCheck(String claim, String rating, String url, String title, String date, String publisher, String source) {

    PriorCheck {
        Objects.requireNonNull(claim, "claim");
        rating = clean(rating);
        url = clean(url);
        title = clean(title);
        date = clean(date);
        publisher = clean(publisher);
        source = clean(source);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    /** @return the headline, else the claim: what a fact-checker would call it */
    String name() {
        return title.isEmpty() ? "\u201c" + claim + "\u201d" : title;
    }
}
