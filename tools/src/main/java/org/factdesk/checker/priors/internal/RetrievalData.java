package org.factdesk.checker.priors.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factdesk.tools.DataException;

/**
 * The CheckThat! 2020 claim-retrieval data (research use only: read at evaluation time, never
 * shipped): verified claims, and per split the tweets and their gold claims.
 */
record RetrievalData(List<String> ids, List<PriorCheck> claims, Map<String, List<Query>> splits) {

    record Query(String id, String text, String gold) {
    }

    static final String EXPECTED_DIR = "a CheckThat! 2020 claim-retrieval directory holding verified_claims.docs.tsv, "
            + "train/ and dev/ with tweets.queries.tsv and tweet-vclaim-pairs.qrels";

    /**
     * @throws DataException when a file is missing, malformed, or a gold claim is not among the verified claims
     */
    static RetrievalData read(Path dir) throws IOException {
        DataException.requireDirectory(dir, EXPECTED_DIR);
        // all files checked before any is read
        Path docs = DataException.requireFile(dir, "verified_claims.docs.tsv", "the verified claims: vclaim_id<TAB>vclaim<TAB>title");
        for (String split : List.of("train", "dev")) {
            DataException.requireFile(dir, split + "/tweets.queries.tsv", "the " + split + " tweets: tweet_id<TAB>tweet_content");
            DataException.requireFile(dir, split + "/tweet-vclaim-pairs.qrels",
                    "the " + split + " gold pairs: tweet_id 0 vclaim_id 1, one a line");
        }
        List<Archives.Csv.Record> rows = parse(docs);
        List<String> ids = new ArrayList<>();
        List<PriorCheck> claims = new ArrayList<>();
        for (Archives.Csv.Record r : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (r.fields().size() < 3) {
                continue;
            }
            ids.add(r.fields().get(0).strip());
            claims.add(new PriorCheck(r.fields().get(1), "", "", r.fields().get(2), "", "Snopes", docs.getFileName() + ":" + r.line()));
        }
        if (claims.isEmpty()) {
            throw new DataException(docs, "no verified claims", "a header line, then vclaim_id<TAB>vclaim<TAB>title a line");
        }
        Set<String> known = new HashSet<>(ids);
        Map<String, List<Query>> splits = new LinkedHashMap<>();
        for (String split : List.of("train", "dev")) {
            Map<String, String> gold = new HashMap<>();
            Path qrels = dir.resolve(split).resolve("tweet-vclaim-pairs.qrels");
            List<String> lines = Files.readAllLines(qrels, StandardCharsets.UTF_8);
            for (int n = 0; n < lines.size(); n++) {
                String[] f = lines.get(n).strip().split("\\s+");
                if (f.length == 4) {
                    if (!known.contains(f[2])) {
                        throw new DataException(qrels, "line " + (n + 1) + ": gold claim " + f[2] + " is not in " + docs.getFileName(),
                                "the qrels and verified claims of one CheckThat! 2020 release");
                    }
                    gold.put(f[0], f[2]);
                }
            }
            Path q = dir.resolve(split).resolve("tweets.queries.tsv");
            List<Archives.Csv.Record> qs = parse(q);
            List<Query> queries = new ArrayList<>();
            for (Archives.Csv.Record r : qs.subList(Math.min(1, qs.size()), qs.size())) {
                if (r.fields().size() >= 2 && gold.containsKey(r.fields().get(0).strip())) {
                    queries.add(new Query(r.fields().get(0).strip(), r.fields().get(1), gold.get(r.fields().get(0).strip())));
                }
            }
            if (queries.isEmpty()) {
                throw new DataException(q, "no tweet has a gold claim in " + qrels.getFileName(),
                        "tweet_id<TAB>tweet_content lines whose ids the qrels name");
            }
            splits.put(split, queries);
        }
        return new RetrievalData(List.copyOf(ids), List.copyOf(claims), splits);
    }

    private static List<Archives.Csv.Record> parse(Path tsv) throws IOException {
        try {
            return Archives.Csv.parse(Files.readString(tsv, StandardCharsets.UTF_8), '\t', tsv.toString());
        } catch (ArchiveException e) {
            String where = tsv + ":"; // the message names the file and line: "FILE:LINE: what is wrong"
            String problem = e.getMessage().startsWith(where) ? "line " + e.getMessage().substring(where.length()) : e.getMessage();
            throw new DataException(tsv, problem, "tab-separated values, every quoted field closed");
        }
    }
}
