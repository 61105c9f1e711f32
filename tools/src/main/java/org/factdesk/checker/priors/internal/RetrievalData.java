package org.factdesk.checker.priors.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CheckThat! 2020 claim-retrieval data (research use only: read at evaluation time, never
 * shipped): verified claims, and per split the tweets and their gold claims.
 */
record RetrievalData(List<String> ids, List<PriorCheck> claims, Map<String, List<Query>> splits) {

    record Query(String id, String text, String gold) {
    }

    static RetrievalData read(Path dir) throws IOException, ArchiveException {
        Path docs = dir.resolve("verified_claims.docs.tsv");
        List<Archives.Csv.Record> rows = Archives.Csv.parse(Files.readString(docs, StandardCharsets.UTF_8), '\t', docs.toString());
        List<String> ids = new ArrayList<>();
        List<PriorCheck> claims = new ArrayList<>();
        for (Archives.Csv.Record r : rows.subList(1, rows.size())) {
            if (r.fields().size() < 3) {
                continue;
            }
            ids.add(r.fields().get(0).strip());
            claims.add(new PriorCheck(r.fields().get(1), "", "", r.fields().get(2), "", "Snopes", docs.getFileName() + ":" + r.line()));
        }
        Map<String, List<Query>> splits = new LinkedHashMap<>();
        for (String split : List.of("train", "dev")) {
            Map<String, String> gold = new HashMap<>();
            for (String line : Files.readAllLines(dir.resolve(split).resolve("tweet-vclaim-pairs.qrels"), StandardCharsets.UTF_8)) {
                String[] f = line.strip().split("\\s+");
                if (f.length == 4) {
                    gold.put(f[0], f[2]);
                }
            }
            Path q = dir.resolve(split).resolve("tweets.queries.tsv");
            List<Archives.Csv.Record> qs = Archives.Csv.parse(Files.readString(q, StandardCharsets.UTF_8), '\t', q.toString());
            List<Query> queries = new ArrayList<>();
            for (Archives.Csv.Record r : qs.subList(1, qs.size())) {
                if (r.fields().size() >= 2 && gold.containsKey(r.fields().get(0).strip())) {
                    queries.add(new Query(r.fields().get(0).strip(), r.fields().get(1), gold.get(r.fields().get(0).strip())));
                }
            }
            splits.put(split, queries);
        }
        return new RetrievalData(List.copyOf(ids), List.copyOf(claims), splits);
    }
}
