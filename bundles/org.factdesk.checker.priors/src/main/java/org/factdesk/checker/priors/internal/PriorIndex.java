package org.factdesk.checker.priors.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * An in-memory Lucene index of earlier fact-checks. Retrieval is BM25 over the claim and the
 * fact-check's title; the decision uses {@link #similarity}, a number in [0, 1] that means the
 * same for every query (BM25 scores do not: they grow with query length and term rarity).
 * Immutable once built and safe for concurrent searches.
 */
final class PriorIndex {

    /**
     * How to index and query; {@link #BEST} is what the checker uses, {@link #PLAIN} the baseline.
     *
     * @param stem       English stemming and stop words (EnglishAnalyzer) rather than StandardAnalyzer
     * @param titleBoost weight of the title field next to the claim field (0: title not searched)
     * @param clean      drop URLs, @handles and tweet sign-offs, split #HashTags before querying
     * @param feedback   terms added from the top documents (pseudo-relevance feedback); 0 for none
     * @param rerank     re-rank the top {@value #RERANK_DEPTH} by the mean of BM25 (relative to the best hit) and similarity
     */
    record Options(boolean stem, float titleBoost, boolean clean, int feedback, boolean rerank) {
        static final Options PLAIN = new Options(false, 1f, false, 0, false);
        static final Options BEST = new Options(true, 0.5f, true, 0, true);
    }

    static final int RERANK_DEPTH = 20;

    /**
     * A retrieved fact-check.
     *
     * @param check      the archived fact-check
     * @param score      its BM25 score for this query
     * @param similarity how close the claims are, in [0, 1]; see {@link PriorIndex#similarity}
     */
    record Hit(PriorCheck check, float score, double similarity) {
    }

    private static final int MAX_QUERY_TERMS = 300;

    private final List<PriorCheck> checks;
    private final Options options;
    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final int docs;
    // Read once at build: a query needs the idf of each of its terms many times (ordering, similarity)
    // and each of its 20 candidates' terms; a term lookup in the index and re-analysing the candidates cost
    // more than all of BM25 retrieval
    private final Map<String, Double> idf;
    private final List<Set<String>> claimTerms;
    // A query's terms that a field lacks get no term query there: each would cost a lookup in the terms
    // dictionary, most of a query's cost, and match nothing (so scores and the order of hits stay as they were)
    private final Set<String> titleVocabulary;
    /** The archive position of each document, read once instead of from the stored fields per hit. */
    private final int[] positions;
    /** Each term's statistics, looked up in the terms dictionary for its first query only (the index never changes). */
    private final Map<Term, TermStates> termStates = new ConcurrentHashMap<>();

    private PriorIndex(List<PriorCheck> checks, Options options, Analyzer analyzer, IndexSearcher searcher) throws IOException {
        this.checks = checks;
        this.options = options;
        this.analyzer = analyzer;
        this.searcher = searcher;
        this.docs = checks.size();
        Map<String, Double> idf = new HashMap<>();
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), "claim");
        if (terms != null) {
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                idf.put(t.utf8ToString(), idf(te.docFreq()));
            }
        }
        this.idf = idf;
        Set<String> titleVocabulary = new HashSet<>();
        Terms titles = MultiTerms.getTerms(searcher.getIndexReader(), "title");
        if (titles != null) {
            TermsEnum te = titles.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                titleVocabulary.add(t.utf8ToString());
            }
        }
        this.titleVocabulary = titleVocabulary;
        int[] positions = new int[searcher.getIndexReader().maxDoc()];
        StoredFields stored = searcher.storedFields();
        for (int doc = 0; doc < positions.length; doc++) {
            positions[doc] = stored.document(doc).getField("n").numericValue().intValue();
        }
        this.positions = positions;
        List<Set<String>> claimTerms = new ArrayList<>(checks.size());
        for (PriorCheck c : checks) {
            claimTerms.add(new HashSet<>(terms(c.claim()))); // never written again: safe to share
        }
        this.claimTerms = claimTerms;
    }

    static PriorIndex build(List<PriorCheck> checks, Options options) {
        Analyzer analyzer = options.stem() ? new EnglishAnalyzer() : new StandardAnalyzer();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64))) {
            for (int i = 0; i < checks.size(); i++) {
                PriorCheck c = checks.get(i);
                Document d = new Document();
                d.add(new TextField("claim", c.claim(), Field.Store.NO));
                d.add(new TextField("title", c.title(), Field.Store.NO));
                d.add(new StoredField("n", i));
                w.addDocument(d);
            }
            w.forceMerge(1); // one segment: faster searches, and the index never changes again
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory directory: cannot happen
        }
        try {
            return new PriorIndex(List.copyOf(checks), options, analyzer, new IndexSearcher(DirectoryReader.open(dir)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return docs;
    }

    /** The index's searcher, for tests that compare its hits with those of other queries. */
    IndexSearcher searcher() {
        return searcher;
    }

    PriorCheck check(int position) {
        return checks.get(position);
    }

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.|pic\\.twitter\\.com/)\\S*");
    // "— Ilhan Omar (@IlhanMN) January 6, 2020": keep the name, drop the date of an embedded tweet's sign-off
    private static final Pattern SIGN_OFF_DATE = Pattern.compile("(\\(@\\w+\\)) \\w+ \\d{1,2}, \\d{4}\\s*$");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");

    /** Takes the noise of social-media text out of a query; leaves ordinary prose as it is. */
    static String clean(String text) {
        String s = SIGN_OFF_DATE.matcher(text).replaceAll("$1");
        s = URL.matcher(s).replaceAll(" ");
        StringBuilder out = new StringBuilder(s.length());
        for (String word : s.split("\\s+")) {
            // @realDonaldTrump and #BuildTheWall carry words: "real Donald Trump", "Build The Wall"
            if ((word.startsWith("#") || word.startsWith("@") || word.startsWith("(@")) && word.length() > 1) {
                word = CAMEL.matcher(word.replaceAll("[#@()]", "").replace('_', ' ')).replaceAll(" ");
            }
            out.append(word).append(' ');
        }
        return out.toString().strip();
    }

    List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("claim", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** BM25 inverse document frequency in the claim field; unseen terms count as rarest. */
    double idf(String term) {
        Double known = idf.get(term);
        return known != null ? known : idf(0);
    }

    private double idf(int df) {
        return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
    }

    /**
     * The best matches for a text, BM25-ranked.
     *
     * @param text  a claim or a post
     * @param limit at most this many hits
     * @param skip  archive positions to leave out (evaluation: "as if it were not archived"); may be empty
     */
    List<Hit> search(String text, int limit, java.util.Set<Integer> skip) {
        String q = options.clean() ? clean(text) : text;
        List<String> qTerms = terms(q);
        Map<String, Integer> tf = counts(qTerms);
        int depth = Math.max(limit, options.rerank() ? RERANK_DEPTH : 0);
        try {
            List<ScoreDoc> top = run(tf, depth + skip.size());
            if (options.feedback() > 0 && !top.isEmpty()) {
                tf = expand(tf, top);
                top = run(tf, depth + skip.size());
            }
            List<Hit> hits = new ArrayList<>();
            Set<String> distinct = new HashSet<>(qTerms);
            for (ScoreDoc sd : top) {
                int n = positions[sd.doc];
                if (skip.contains(n) || hits.size() == depth) {
                    continue;
                }
                PriorCheck c = checks.get(n);
                hits.add(new Hit(c, sd.score, similarity(distinct, claimTerms.get(n))));
            }
            if (options.rerank() && !hits.isEmpty()) {
                // BM25 finds the candidates; the similarity (which sees the whole archived claim) settles their order
                float best = hits.get(0).score();
                hits.sort(Comparator.comparingDouble((Hit h) -> -(h.score() / best + h.similarity())));
            }
            return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ScoreDoc> run(Map<String, Integer> tf, int n) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Integer> e : tf.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Integer> t) -> -idf(t.getKey())))
                .limit(MAX_QUERY_TERMS).toList()) {
            if (idf.containsKey(e.getKey())) {
                b.add(new BoostQuery(termQuery("claim", e.getKey()), e.getValue()), BooleanClause.Occur.SHOULD);
                clauses++;
            }
            if (options.titleBoost() > 0 && titleVocabulary.contains(e.getKey())) {
                b.add(new BoostQuery(termQuery("title", e.getKey()), options.titleBoost() * e.getValue()), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? List.of() : List.of(searcher.search(b.build(), n).scoreDocs);
    }

    /** A query for a term the field has, with the term's statistics from the first query for it. */
    private TermQuery termQuery(String field, String text) {
        Term term = new Term(field, text);
        return new TermQuery(term, termStates.computeIfAbsent(term, t -> {
            try {
                return TermStates.build(searcher, t, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // in-memory directory: cannot happen
            }
        }));
    }

    /** RM3-like feedback: the most distinctive terms of the top three documents, added once each. */
    private Map<String, Integer> expand(Map<String, Integer> tf, List<ScoreDoc> top) throws IOException {
        Map<String, Double> weight = new HashMap<>();
        for (ScoreDoc sd : top.subList(0, Math.min(3, top.size()))) {
            int n = positions[sd.doc];
            for (String t : terms(checks.get(n).claim())) {
                weight.merge(t, idf(t), Double::sum);
            }
        }
        Map<String, Integer> out = new LinkedHashMap<>(tf);
        weight.entrySet().stream().filter(e -> !tf.containsKey(e.getKey()))
                .sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
                .limit(options.feedback()).forEach(e -> out.put(e.getKey(), 1));
        return out;
    }

    private static Map<String, Integer> counts(List<String> terms) {
        Map<String, Integer> tf = new LinkedHashMap<>();
        terms.forEach(t -> tf.merge(t, 1, Integer::sum));
        return tf;
    }

    /**
     * How much of the archived claim the query says, and how much of the query the archived
     * claim says: the idf-weighted share of each side's distinct terms found on the other side,
     * combined as their harmonic mean (an idf-weighted Dice coefficient). Weighting the archived
     * side more (F-beta) was tried, since an article sentence says more than the archived claim,
     * and separated right from wrong matches less well on the train tweets (AUC 0.82 vs 0.83 at beta 2).
     */
    double similarity(List<String> query, List<String> archived) {
        return similarity(new HashSet<>(query), new HashSet<>(archived));
    }

    private double similarity(Set<String> q, Set<String> d) {
        double dAll = 0;
        double dShared = 0;
        for (String t : d) {
            double w = idf(t);
            dAll += w;
            if (q.contains(t)) {
                dShared += w;
            }
        }
        double qAll = 0;
        for (String t : q) {
            qAll += idf(t);
        }
        if (dAll == 0 || qAll == 0) {
            return 0;
        }
        double archivedCovered = dShared / dAll;
        double queryCovered = dShared / qAll;
        return archivedCovered + queryCovered == 0 ? 0 : 2 * archivedCovered * queryCovered / (archivedCovered + queryCovered);
    }
}
