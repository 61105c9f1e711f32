package org.factdesk.checker.quotes.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.factdesk.checker.quotes.internal.Normalizer.Token;

/**
 * Word-level alignment of a quote against a passage of a corpus document: an edit distance in
 * which the whole quote must be aligned but the passage may start and end anywhere (a
 * "fitting" alignment), so the best-matching span of the document falls out of the traceback.
 * Substituting an inflection of the same word ("heavy" for "heavily") or a near spelling
 * ("Dipsek" for "DeepSeek") costs less than substituting another word.
 *
 * @param similarity 1 - cost / max(quote words, span words), in [0, 1]
 * @param from       first document token of the matched span (index into the tokens aligned against)
 * @param to         one past the last document token of the span
 * @param ops        the edit script, in text order
 */
record Alignment(double similarity, int from, int to, List<Op> ops) {

    /** How a quote word relates to a document word. */
    enum Kind {
        /** Same word. */
        EQUAL,
        /** Same stem or a near spelling: a changed word, but a small change. */
        INFLECTED,
        /** Another word in its place. */
        CHANGED,
        /** The quote has a word the original does not. */
        ADDED,
        /** The original has a word the quote leaves out. */
        DROPPED
    }

    /** One step of the edit script; {@code q} or {@code d} is -1 when that side has no word. */
    record Op(Kind kind, int q, int d) {
    }

    /** A run of differences, worded with surface text: as quoted, and as in the original. */
    record Change(Kind kind, String quoted, String original) {
    }

    static final double GAP = 1.0;
    static final double INFLECTION = 0.25;
    static final double NEAR_SPELLING = 0.5;
    private static final double EPS = 1e-9;

    Alignment {
        ops = List.copyOf(ops);
    }

    /** Aligns the whole quote against the best-fitting span of {@code doc}. */
    static Alignment align(List<Token> quote, List<Token> doc) {
        int n = quote.size();
        int m = doc.size();
        double[][] cost = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            cost[i][0] = i * GAP;
            for (int j = 1; j <= m; j++) {
                double diag = cost[i - 1][j - 1] + substitution(quote.get(i - 1), doc.get(j - 1));
                double up = cost[i - 1][j] + GAP;
                double left = cost[i][j - 1] + GAP;
                cost[i][j] = Math.min(diag, Math.min(up, left));
            }
        }
        int end = 0;
        for (int j = 1; j <= m; j++) {
            // On a tie right after the best end, take the longer span: the quote's last word then
            // reads as changed ("for that" -> "for it") rather than added, with the original word shown.
            if (cost[n][j] < cost[n][end] - EPS || (j == end + 1 && end > 0 && Math.abs(cost[n][j] - cost[n][end]) < EPS)) {
                end = j;
            }
        }
        List<Op> ops = new ArrayList<>();
        int i = n;
        int j = end;
        while (i > 0) {
            if (j > 0) {
                double sub = substitution(quote.get(i - 1), doc.get(j - 1));
                if (Math.abs(cost[i][j] - (cost[i - 1][j - 1] + sub)) < EPS) {
                    Kind kind = sub == 0 ? Kind.EQUAL : sub < 1 ? Kind.INFLECTED : Kind.CHANGED;
                    ops.add(new Op(kind, i - 1, j - 1));
                    i--;
                    j--;
                    continue;
                }
                if (Math.abs(cost[i][j] - (cost[i][j - 1] + GAP)) < EPS && !(Math.abs(cost[i][j] - (cost[i - 1][j] + GAP)) < EPS)) {
                    ops.add(new Op(Kind.DROPPED, -1, j - 1));
                    j--;
                    continue;
                }
            }
            ops.add(new Op(Kind.ADDED, i - 1, -1));
            i--;
        }
        Collections.reverse(ops);
        int from = j;
        int span = end - from;
        double similarity = span == 0 ? 0 : Math.max(0, 1 - cost[n][end] / Math.max(n, span));
        return new Alignment(similarity, from, end, ops);
    }

    static double substitution(Token a, Token b) {
        if (a.norm().equals(b.norm())) {
            return 0;
        }
        if (a.stem().equals(b.stem())) {
            return INFLECTION;
        }
        return nearSpelling(a.norm(), b.norm()) ? NEAR_SPELLING : 1;
    }

    /** Typos and transliterations: long enough words at most a fifth of whose letters differ. */
    static boolean nearSpelling(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la < 5 || lb < 5 || Math.abs(la - lb) > 2 || a.charAt(0) != b.charAt(0)
                || Character.isDigit(a.charAt(0))) {
            return false;
        }
        int limit = Math.max(la, lb) / 5;
        // Optimal string alignment distance: a swap of two letters ("OpenIA") counts as one edit.
        int[] prev2 = new int[lb + 1];
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= lb; j++) {
                int d = Math.min(prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1), Math.min(prev[j], cur[j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, prev2[j - 2] + 1);
                }
                cur[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > limit) {
                return false;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[lb] <= limit;
    }

    /** @return how many words the quote changed, added and dropped, in that order */
    int[] counts() {
        int[] c = new int[3];
        for (Op op : ops) {
            switch (op.kind()) {
                case INFLECTED, CHANGED -> c[0]++;
                case ADDED -> c[1]++;
                case DROPPED -> c[2]++;
                default -> { }
            }
        }
        return c;
    }

    /**
     * Groups the differences into runs worded as written. A changed run is shown with the word
     * before it on both sides, so {@code "very heavy" -> "very heavily"} reads as a phrase.
     */
    List<Change> changes(String quoteText, List<Token> quote, String docText, List<Token> doc) {
        List<Change> out = new ArrayList<>();
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k).kind() == Kind.EQUAL) {
                k++;
                continue;
            }
            int first = k;
            while (k < ops.size() && ops.get(k).kind() != Kind.EQUAL) {
                k++;
            }
            List<Op> run = ops.subList(first, k);
            boolean onlyAdded = run.stream().allMatch(o -> o.kind() == Kind.ADDED);
            boolean onlyDropped = run.stream().allMatch(o -> o.kind() == Kind.DROPPED);
            if (onlyAdded) {
                out.add(new Change(Kind.ADDED, surface(quoteText, quote, run, true), null));
            } else if (onlyDropped) {
                out.add(new Change(Kind.DROPPED, null, surface(docText, doc, run, false)));
            } else {
                List<Op> withContext = first > 0 ? ops.subList(first - 1, k) : run;
                Kind kind = run.stream().allMatch(o -> o.kind() == Kind.INFLECTED) ? Kind.INFLECTED : Kind.CHANGED;
                out.add(new Change(kind, surface(quoteText, quote, withContext, true), surface(docText, doc, withContext, false)));
            }
        }
        return out;
    }

    /** The text from the first to the last word of a run on one side, punctuation between included. */
    private static String surface(String text, List<Token> tokens, List<Op> run, boolean quoteSide) {
        int start = -1;
        int end = -1;
        for (Op op : run) {
            int t = quoteSide ? op.q() : op.d();
            if (t < 0) {
                continue;
            }
            Token tok = tokens.get(t);
            start = start < 0 ? tok.start() : Math.min(start, tok.start());
            end = Math.max(end, tok.end());
        }
        return start < 0 ? "" : text.substring(start, end);
    }

    /** One line: counts, then the first few runs: {@code 1 changed, 1 dropped: "a b" -> "a c"; dropped "d"}. */
    String describe(String quoteText, List<Token> quote, String docText, List<Token> doc, int maxRuns) {
        int[] c = counts();
        if (c[0] + c[1] + c[2] == 0) {
            return "word for word";
        }
        List<String> parts = new ArrayList<>();
        if (c[0] > 0) {
            parts.add(c[0] + (c[0] == 1 ? " word" : " words") + " changed");
        }
        if (c[1] > 0) {
            parts.add(c[1] + " added");
        }
        if (c[2] > 0) {
            parts.add(c[2] + " dropped");
        }
        List<Change> changes = changes(quoteText, quote, docText, doc);
        List<String> runs = new ArrayList<>();
        for (Change ch : changes.subList(0, Math.min(maxRuns, changes.size()))) {
            runs.add(switch (ch.kind()) {
                case ADDED -> "added \"" + ch.quoted() + "\"";
                case DROPPED -> "dropped \"" + ch.original() + "\"";
                default -> "\"" + ch.quoted() + "\" -> \"" + ch.original() + "\"";
            });
        }
        if (changes.size() > maxRuns) {
            runs.add("...");
        }
        return String.join(", ", parts) + ": " + String.join("; ", runs);
    }
}
