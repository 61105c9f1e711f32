package org.factdesk.workbench.desk.internal;

import java.util.Set;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.factdesk.api.claim.Claim;
import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.ClaimAppearance;
import org.factdesk.api.desk.DeskRules;
import org.factdesk.api.desk.DeskSession;
import org.factdesk.api.desk.Person;

/**
 * The workspace as last read: cases, people and rules, read in one read-only session (or right
 * after a change, from the writing session). Immutable; the views show one snapshot at a time.
 */
public final class DeskSnapshot {

    /** An article of the workspace, as its cases know it (the workflow lists no articles of its own). */
    public record ArticleRef(String id, String headline, String url, String publisher, String published, List<Case> cases) {
    }

    private final Path workspace;
    private final boolean exists;
    private final List<Case> cases;
    private final List<Person> people;
    private final DeskRules rules;
    private final List<String> notices;
    private final String problem;
    private final Instant loadedAt;
    private final Map<String, Case> claimIndex = new HashMap<>();

    /** The triage rows, made once per snapshot (off the event thread, by the job that read it), for a set of dismissed cases. */
    private volatile Map.Entry<Set<String>, List<TriageRow>> triage;

    /**
     * @param dismissed the cases this user dismissed
     * @return every triage row, before filtering; made once and kept, so the event thread only shows them
     */
    public List<TriageRow> triageRows(Set<String> dismissed) {
        Map.Entry<Set<String>, List<TriageRow>> t = triage;
        if (t != null && t.getKey().equals(dismissed)) {
            return t.getValue();
        }
        List<TriageRow> rows = List.copyOf(TriageTableModel.rows(this, dismissed));
        triage = Map.entry(Set.copyOf(dismissed), rows);
        return rows;
    }

    /** Copies the lists. */
    public DeskSnapshot(Path workspace, boolean exists, List<Case> cases, List<Person> people, DeskRules rules, List<String> notices,
            String problem, Instant loadedAt) {
        this.workspace = workspace;
        this.exists = exists;
        this.cases = List.copyOf(cases);
        this.people = List.copyOf(people);
        this.rules = rules;
        this.notices = List.copyOf(notices);
        this.problem = problem;
        this.loadedAt = loadedAt;
        for (Case c : this.cases) {
            for (Claim claim : c.claims()) {
                claimIndex.putIfAbsent(claim.id(), c);
            }
        }
    }

    public Path workspace() {
        return workspace;
    }

    public boolean exists() {
        return exists;
    }

    public List<Case> cases() {
        return cases;
    }

    public List<Person> people() {
        return people;
    }

    public DeskRules rules() {
        return rules;
    }

    public List<String> notices() {
        return notices;
    }

    /** @return why the workspace could not be read, or null */
    public String problem() {
        return problem;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    /** @return a snapshot of nothing, before the first read or without a workspace */
    public static DeskSnapshot empty(Path workspace, String problem) {
        return new DeskSnapshot(workspace, false, List.of(), List.of(), DeskRules.standard(), List.of(), problem, Instant.now());
    }

    /** @return what the session holds now */
    public static DeskSnapshot of(DeskSession s) {
        return new DeskSnapshot(s.workspace(), true, s.cases(), s.people(), s.rules(), s.notices(), null, Instant.now());
    }

    /** @return the case with this id, if any */
    public Optional<Case> find(String caseId) {
        if (caseId == null) {
            return Optional.empty();
        }
        String id = caseId.toUpperCase(Locale.ROOT);
        return cases.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** @return the case that holds this claim (by claim id), if any */
    public Optional<Case> caseOf(Claim claim) {
        return claim == null ? Optional.empty() : caseOfClaim(claim.id());
    }

    /** @return the case that holds the claim with this id, if any */
    public Optional<Case> caseOfClaim(String claimId) {
        return Optional.ofNullable(claimIndex.get(claimId));
    }

    /** @return the person with this id, if at the desk */
    public Optional<Person> person(String id) {
        return id == null ? Optional.empty() : people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** @return every article the cases were found in, in the order first seen, each with its cases */
    public List<ArticleRef> articles() {
        Map<String, ClaimAppearance> where = new LinkedHashMap<>();
        Map<String, List<Case>> byArticle = new LinkedHashMap<>();
        for (Case c : cases) {
            List<ClaimAppearance> all = new ArrayList<>();
            all.add(c.appearance());
            all.addAll(c.alsoIn());
            for (ClaimAppearance a : all) {
                where.putIfAbsent(a.articleId(), a);
                List<Case> list = byArticle.computeIfAbsent(a.articleId(), k -> new ArrayList<>());
                if (!list.contains(c)) {
                    list.add(c);
                }
            }
        }
        List<ArticleRef> out = new ArrayList<>();
        where.forEach((id, a) -> out.add(new ArticleRef(id, a.headline(), a.url(), a.publisher(), a.published(), List.copyOf(byArticle.get(id)))));
        return out;
    }

    /** @return the claims of the cases that stand in this article, in text order */
    public List<Claim> claimsIn(String articleId) {
        String prefix = articleId + "#";
        List<Claim> out = new ArrayList<>();
        for (Case c : cases) {
            for (Claim claim : c.claims()) {
                if (claim.id().startsWith(prefix)) {
                    out.add(claim);
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Claim::start));
        return out;
    }
}
