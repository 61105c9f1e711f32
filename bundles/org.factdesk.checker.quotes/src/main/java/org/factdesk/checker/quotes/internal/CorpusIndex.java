package org.factdesk.checker.quotes.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factdesk.checker.quotes.internal.Normalizer.Token;

/**
 * An immutable word-bigram index over a corpus. Candidate passages are the places where many
 * of the quote's bigrams (of stems, so inflections still hit) fall on roughly the same
 * diagonal; each candidate window is then aligned word by word with {@link Alignment}.
 *
 * <p>Postings are one sorted {@code long[]}: the bigram's 36-bit hash above a 28-bit global
 * token position. That keeps a corpus of millions of words in a few tens of megabytes, with
 * no boxing, and a lookup is a binary search per bigram. Hash collisions only add candidates
 * that the alignment then rejects.
 */
final class CorpusIndex {

    /**
     * One match: the document, the aligned span (character offsets into its text), the alignment,
     * and the document tokens it was aligned against (its indices refer to them).
     */
    record Match(CorpusDocument document, int start, int end, Alignment alignment, List<Token> window) {

        Match {
            window = List.copyOf(window);
        }

        /** @return the original wording as in the document; line breaks of the file's layout become spaces */
        String wording() {
            return document.text().substring(start, end).replaceAll("\\s+", " ");
        }

        double similarity() {
            return alignment.similarity();
        }
    }

    private static final int POSITION_BITS = 28;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;
    /** Bigrams more common than this ("of the") say little about where a quote is; skipped when rarer ones exist. */
    private static final int COMMON = 2000;
    /** Diagonal buckets: insertions and deletions shift a paraphrase's diagonal by a few words. */
    private static final int BUCKET = 8;

    private final List<CorpusDocument> documents;
    private final int skipped;
    private final String[] vocabulary;
    private final String[] stems;
    private final int[] docBase;
    private final int[][] words;
    private final int[][] starts;
    private final int[][] ends;
    private final long[] postings;

    private CorpusIndex(List<CorpusDocument> documents, int skipped, String[] vocabulary, String[] stems, int[] docBase, int[][] words, int[][] starts, int[][] ends, long[] postings) {
        this.documents = documents;
        this.skipped = skipped;
        this.vocabulary = vocabulary;
        this.stems = stems;
        this.docBase = docBase;
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.postings = postings;
    }

    /** Tokenises and indexes the documents. */
    static CorpusIndex build(CorpusLoader.Loaded loaded) {
        List<CorpusDocument> docs = loaded.documents();
        Map<String, Integer> ids = new HashMap<>();
        List<String> vocab = new ArrayList<>();
        Map<String, Integer> stemIds = new HashMap<>();
        List<Integer> stemOf = new ArrayList<>();
        int n = docs.size();
        int[][] words = new int[n][];
        int[][] starts = new int[n][];
        int[][] ends = new int[n][];
        int[] docBase = new int[n];
        long total = 0;
        for (int d = 0; d < n; d++) {
            CorpusDocument doc = docs.get(d);
            List<Token> tokens = new ArrayList<>();
            for (CorpusDocument.Segment s : doc.segments()) {
                tokens.addAll(Normalizer.tokens(doc.text(), s.start(), s.end()));
            }
            int[] w = new int[tokens.size()];
            int[] st = new int[tokens.size()];
            int[] en = new int[tokens.size()];
            for (int k = 0; k < w.length; k++) {
                Token t = tokens.get(k);
                Integer id = ids.get(t.norm());
                if (id == null) {
                    id = vocab.size();
                    ids.put(t.norm(), id);
                    vocab.add(t.norm());
                    stemOf.add(stemIds.computeIfAbsent(t.stem(), x -> stemIds.size()));
                }
                w[k] = id;
                st[k] = t.start();
                en[k] = t.end();
            }
            words[d] = w;
            starts[d] = st;
            ends[d] = en;
            docBase[d] = (int) total;
            total += w.length + 1; // a gap, so no bigram spans two documents
            if (total > POSITION_MASK) {
                throw new IllegalStateException("quotes corpus too large to index: more than " + POSITION_MASK + " words");
            }
        }
        String[] stemText = new String[stemIds.size()];
        stemIds.forEach((s, id) -> stemText[id] = s);
        String[] stems = new String[vocab.size()];
        int[] stemId = new int[vocab.size()];
        for (int k = 0; k < stems.length; k++) {
            stemId[k] = stemOf.get(k);
            stems[k] = stemText[stemId[k]];
        }
        int count = 0;
        for (int[] w : words) {
            count += Math.max(0, w.length - 1);
        }
        long[] postings = new long[count];
        int p = 0;
        for (int d = 0; d < n; d++) {
            int[] w = words[d];
            for (int k = 0; k + 1 < w.length; k++) {
                postings[p++] = (bigram(stems[w[k]], stems[w[k + 1]]) << POSITION_BITS) | (docBase[d] + k);
            }
        }
        Arrays.sort(postings);
        return new CorpusIndex(docs, loaded.skipped(), vocab.toArray(String[]::new), stems, docBase, words, starts, ends,
                postings);
    }

    /** 36-bit hash of a stem bigram; the same function serves indexing and lookup. */
    private static long bigram(String a, String b) {
        long h = 1125899906842597L;
        for (int i = 0; i < a.length(); i++) {
            h = 31 * h + a.charAt(i);
        }
        h = 31 * h + ' ';
        for (int i = 0; i < b.length(); i++) {
            h = 31 * h + b.charAt(i);
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h >>> POSITION_BITS;
    }

    int documentCount() {
        return documents.size();
    }

    int skippedFiles() {
        return skipped;
    }

    List<CorpusDocument> documents() {
        return documents;
    }

    /**
     * Finds the passages most like {@code quote}.
     *
     * @param quote         the quote's tokens
     * @param minSimilarity lowest similarity reported
     * @param max           most matches returned
     * @return matches, best first, at most one per overlapping span
     */
    List<Match> search(List<Token> quote, double minSimilarity, int max) {
        int q = quote.size();
        if (q < 2 || postings.length == 0) {
            return List.of();
        }
        // Which bigrams to look up: the rare ones, or the rarest few if all are common.
        int[][] ranges = new int[q - 1][];
        List<Integer> useful = new ArrayList<>();
        for (int k = 0; k + 1 < q; k++) {
            long first = bigram(quote.get(k).stem(), quote.get(k + 1).stem()) << POSITION_BITS;
            int lo = bound(first, false);
            int hi = bound(first | POSITION_MASK, true);
            ranges[k] = new int[] {lo, hi};
            if (hi > lo) {
                useful.add(k);
            }
        }
        useful.sort(Comparator.comparingInt(k -> ranges[k][1] - ranges[k][0]));
        Map<Integer, int[]> votes = new HashMap<>();
        int used = 0;
        for (int k : useful) {
            int size = ranges[k][1] - ranges[k][0];
            if (size > COMMON && used >= 2) {
                break;
            }
            used++;
            int stop = Math.min(ranges[k][1], ranges[k][0] + 4 * COMMON);
            for (int p = ranges[k][0]; p < stop; p++) {
                int pos = (int) (postings[p] & POSITION_MASK);
                int bucket = Math.floorDiv(pos - k, BUCKET);
                int[] v = votes.computeIfAbsent(bucket, b -> new int[] {0, pos, -1});
                if (v[2] != k) { // one vote per quote bigram per bucket
                    v[0]++;
                    v[2] = k;
                }
            }
        }
        if (votes.isEmpty()) {
            return List.of();
        }
        // Neighbouring buckets share a passage that straddles their border: score them together.
        List<int[]> candidates = new ArrayList<>();
        for (Map.Entry<Integer, int[]> e : votes.entrySet()) {
            int[] next = votes.get(e.getKey() + 1);
            int[] prev = votes.get(e.getKey() - 1);
            int score = e.getValue()[0] + Math.max(next == null ? 0 : next[0], prev == null ? 0 : prev[0]);
            candidates.add(new int[] {score, e.getValue()[1]});
        }
        candidates.sort((a, b) -> b[0] != a[0] ? Integer.compare(b[0], a[0]) : Integer.compare(a[1], b[1]));
        int best = candidates.get(0)[0];
        int limit = Math.min(candidates.size(), 4 * max + 8);
        List<Match> matches = new ArrayList<>();
        for (int c = 0; c < limit; c++) {
            int[] cand = candidates.get(c);
            if (cand[0] * 4 < best && cand[0] < 2) {
                break; // a stray shared bigram, far below the best candidate
            }
            Match m = alignAt(quote, cand[1]);
            if (m != null && m.similarity() >= minSimilarity && matches.stream().noneMatch(o -> overlaps(o, m))) {
                matches.add(m);
            }
        }
        matches.sort(Comparator.comparingDouble(Match::similarity).reversed());
        return List.copyOf(matches.subList(0, Math.min(max, matches.size())));
    }

    /** Aligns the quote against a window around a hit at global position {@code pos}. */
    private Match alignAt(List<Token> quote, int pos) {
        int d = Arrays.binarySearch(docBase, pos);
        d = d >= 0 ? d : -d - 2;
        int local = pos - docBase[d];
        int[] w = words[d];
        int q = quote.size();
        int from = Math.max(0, local - q - BUCKET);
        int to = Math.min(w.length, local + 2 * q + 2 * BUCKET);
        List<Token> window = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            window.add(new Token(vocabulary[w[k]], stems[w[k]], starts[d][k], ends[d][k]));
        }
        Alignment a = Alignment.align(quote, window);
        if (a.to() <= a.from()) {
            return null;
        }
        return new Match(documents.get(d), window.get(a.from()).start(), window.get(a.to() - 1).end(), a, window);
    }

    private static boolean overlaps(Match a, Match b) {
        return a.document() == b.document() && a.start() < b.end() && b.start() < a.end();
    }

    /** @return the first index whose posting is {@code >= key}, or {@code > key} when {@code after} */
    private int bound(long key, boolean after) {
        int lo = 0;
        int hi = postings.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (postings[mid] < key || (after && postings[mid] == key)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
